using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Faults;

[Collection(FaultCollection.Name)]
public class SettingsUnderLoadTests
{
    private const string BannedWord = "قمار";

    [Fact]
    public async Task BanWord_WhileCommentsFlow_AppliesWithinFiveSeconds()
    {
        await using var system = await FaultSystem.StartAsync();
        var slug = await system.CreateArticleAsync("settings");
        var sent = new ConcurrentBag<(TimeSpan At, string Id)>();
        var clock = Stopwatch.StartNew();
        TimeSpan? changedAt = null;
        using var stop = new CancellationTokenSource();
        var n = 0;

        // Four readers keep posting the word before, during and after the change.
        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref n);
                var started = clock.Elapsed;
                var answer = await system.SubmitAsync(slug, $"تعليق رقم {i} عن ال{BannedWord} في المدينة", i);
                if (answer.Status == HttpStatusCode.Accepted)
                {
                    sent.Add((started, answer.Id!));
                }
            }
        })));
        await Poll.UntilAsync(() => sent.Count(s => s.At < clock.Elapsed - TimeSpan.FromSeconds(1)) >= 4, TimeSpan.FromSeconds(60), "comments accepted before the change");
        await system.PutSettingsAsync(new { mode = "auto", maxLinks = 2, bannedWords = new[] { BannedWord }, suspectWords = Array.Empty<string>(), floodSeconds = 0 });
        changedAt = clock.Elapsed;
        await Poll.UntilAsync(() => sent.Count(s => s.At > changedAt.Value + TimeSpan.FromSeconds(5)) >= 4, TimeSpan.FromSeconds(60), "comments sent more than 5 s after the change");

        await stop.CancelAsync();
        await load;
        await system.WaitForStatsAsync(s => FaultSystem.Decided(s) >= sent.Count && (int)s["queued"]! == 0, TimeSpan.FromSeconds(120), "every comment to be decided");
        var spam = (await system.ListAllAsync("spam")).Select(c => (string)c["id"]!).ToHashSet();
        var approved = (await system.ListAllAsync("approved")).Select(c => (string)c["id"]!).ToHashSet();
        var held = (await system.ListAllAsync("pending")).ToDictionary(c => (string)c["id"]!, c => c["reasons"]?.ToJsonString());

        var before = sent.Where(s => s.At < changedAt.Value - TimeSpan.FromSeconds(1)).ToList();
        var afterFiveSeconds = sent.Where(s => s.At > changedAt.Value + TimeSpan.FromSeconds(5)).ToList();
        Assert.NotEmpty(before);
        Assert.NotEmpty(afterFiveSeconds);
        Assert.All(afterFiveSeconds, s => Assert.Contains(s.Id, spam));
        Assert.All(sent, s => Assert.True(spam.Contains(s.Id) ^ approved.Contains(s.Id), $"{s.Id} is in exactly one of approved and spam (held: {held.GetValueOrDefault(s.Id)})"));
    }
}
