using System.Collections.Concurrent;
using System.Net;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Faults;

[Collection(FaultCollection.Name)]
public class StorageOutageTests
{
    [Fact]
    public async Task Burst_AzuriteStoppedAndRestarted_Every202EndsStoredAndTheRestGot503WithRetryAfter()
    {
        await using var system = await FaultSystem.StartAsync(storageOnDisk: true);
        var slug = await system.CreateArticleAsync("outage");
        var answers = new ConcurrentBag<Submission>();
        var sent = 0;
        using var stop = new CancellationTokenSource();

        // Eight readers keep submitting while storage goes away and comes back.
        var burst = Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref sent);
                answers.Add(await system.SubmitAsync(slug, $"تعليق أثناء انقطاع التخزين رقم {n}", n));
            }
        })));
        await Poll.UntilAsync(() => answers.Count(a => a.Status == HttpStatusCode.Accepted) >= 40, TimeSpan.FromSeconds(60), "40 accepted before the outage");
        await system.StopStorageAsync();
        await Poll.UntilAsync(() => answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable) >= 20, TimeSpan.FromSeconds(60), "20 refusals during the outage");
        await system.Storage.StartAgainAsync();
        var acceptedBeforeRecovery = answers.Count(a => a.Status == HttpStatusCode.Accepted);
        await Poll.UntilAsync(() => answers.Count(a => a.Status == HttpStatusCode.Accepted) >= acceptedBeforeRecovery + 40, TimeSpan.FromSeconds(60), "40 more accepted after recovery",
            () => string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Key}: {g.Count()}")) + "\n" + system.Host.Output);
        await stop.CancelAsync();
        await burst;

        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).Select(a => a.Id!).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        // Messages the listener had leased when storage vanished stay invisible until their lease
        // (10 minutes in the WebJobs listener) runs out, then are processed: they are still in the
        // queue, counted by stats.queued, not lost. So the wait ends when every accepted comment is
        // decided or still queued, and no more decisions come in.
        await system.WaitForStatsAsync(s => FaultSystem.Decided(s) + (int)s["queued"]! >= accepted.Count, TimeSpan.FromSeconds(120), "every accepted comment to be decided or still queued");
        try
        {
            await system.WaitForStatsAsync(s => FaultSystem.Decided(s) >= accepted.Count, TimeSpan.FromSeconds(20), "every accepted comment to be decided");
        }
        catch (TimeoutException)
        {
            // Some are still leased; the checks below count them as queued.
        }

        // Queued first, stored second: a message processed between the two reads is then in the
        // stored list, where reading them the other way round would leave it in neither.
        var stats = await system.StatsAsync();
        var stillQueued = (int)stats["queued"]!;
        var stored = (await system.ListAllAsync("approved")).Select(c => (string)c["id"]!).ToList();

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        Assert.All(refused, r => Assert.NotNull(r.RetryAfter));
        Assert.NotEmpty(refused);
        Assert.InRange(accepted.Except(stored).Count(), 0, stillQueued);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(0, (int)stats["poison"]!);

        // A 503 may follow an enqueue whose answer was lost (the comment then ends stored, not
        // lost); it can never add more comments than were sent.
        Assert.InRange(stored.Count + stillQueued, accepted.Count, answers.Count);
    }
}
