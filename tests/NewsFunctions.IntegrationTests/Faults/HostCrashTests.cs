using System.Text.Json.Nodes;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Faults;

[Collection(FaultCollection.Name)]
public class HostCrashTests
{
    private const int Comments = 300;

    // host.json: batchSize 16 + newBatchThreshold 8 messages in flight at most.
    private const int MaxHeldByLease = 24;

    [Fact]
    public async Task Moderation_HostKilledMidwayAndRestarted_EveryCommentStoredOnceAndCountedOnce()
    {
        // The queue is filled by a host whose listener is stopped, so the kill is sure to land in
        // the middle of moderation rather than before or after it.
        await using var system = await FaultSystem.StartAsync(listening: false);
        var slug = await system.CreateArticleAsync("crash");
        var ids = new List<string>();
        for (var batch = 0; batch < Comments / 20; batch++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(batch * 20, 20).Select(n => system.SubmitAsync(slug, $"تعليق قبل الانهيار رقم {n}", n)));
            Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.Accepted, a.Status));
            ids.AddRange(answers.Select(a => a.Id!));
        }

        await system.ReplaceHostAsync(listening: true);
        var atKill = await system.WaitForStatsAsync(s => FaultSystem.Decided(s) >= Comments / 5, TimeSpan.FromSeconds(120), "moderation to be under way");
        system.Host.Kill();
        await system.Host.StartAgainAsync();
        // The messages the killed host had received stay invisible for the rest of their lease (the
        // WebJobs listener takes 10 minutes and renews it) and are then delivered again, which the
        // idempotent moderation finishes without a second comment. So the test waits until every
        // comment is either decided or still held by such a lease (at most batchSize +
        // newBatchThreshold of them) and the figures stop moving.
        JsonNode? previous = null;
        await system.WaitForStatsAsync(s =>
        {
            var settled = FaultSystem.Decided(s) + (int)s["queued"]! >= Comments && (int)s["queued"]! <= MaxHeldByLease
                && previous?.ToJsonString() == s.ToJsonString();
            previous = s;
            return settled;
        }, TimeSpan.FromSeconds(180), "every comment to be decided or held by the killed host's lease");
        var approved = (await system.ListAllAsync("approved")).Select(c => (string)c["id"]!).ToList();
        var shown = (await system.ListPublicAsync(slug)).Select(c => (string)c["id"]!).ToList();
        var stats = await system.StatsAsync();
        using var article = await system.Anonymous.GetAsync(HttpExtensions.Path("articles", slug));
        var commentCount = (int)(await article.ReadJsonAsync())["commentCount"]!;

        Assert.True(FaultSystem.Decided(atKill) < Comments, $"The kill came after moderation had finished: {atKill.ToJsonString()}");
        // A comment the killed host had stored but not finished (public row, count) is finished by
        // the redelivery after the lease; until then it is approved for moderators only.
        var held = (int)stats["queued"]!;
        Assert.Equal(approved.Count, approved.Distinct().Count());
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Empty(approved.Except(ids));
        Assert.Empty(shown.Except(approved));
        Assert.InRange(approved.Count - shown.Count, 0, held);
        // The same for the status counters: a comment stored but not yet counted is counted by the
        // redelivery. Never more than the comments, so nothing was counted twice.
        Assert.InRange((int)stats["approved"]!, approved.Count - held, approved.Count);
        Assert.InRange(FaultSystem.Decided(stats), approved.Count - held, approved.Count);
        Assert.True(approved.Count + held >= Comments, $"Lost: {stats.ToJsonString()}");
        Assert.Equal(0, (int)stats["poison"]!);
        Assert.InRange(commentCount, approved.Count - held, approved.Count);
    }
}
