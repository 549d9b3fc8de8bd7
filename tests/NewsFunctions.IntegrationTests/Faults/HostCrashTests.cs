using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Faults;

[Collection(FaultCollection.Name)]
public class HostCrashTests
{
    private const int Comments = 300;

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
        // Not "queued == 0": the messages the killed host had received stay invisible for the rest
        // of their lease (the WebJobs listener takes 10 minutes and renews it) and are then
        // delivered again, which the idempotent moderation turns into no change.
        await system.WaitForStatsAsync(s => FaultSystem.Decided(s) >= Comments, TimeSpan.FromSeconds(180), "every comment to be decided after the restart");

        var approved = (await system.ListAllAsync("approved")).Select(c => (string)c["id"]!).ToList();
        var shown = (await system.ListPublicAsync(slug)).Select(c => (string)c["id"]!).ToList();
        var stats = await system.StatsAsync();
        using var article = await system.Anonymous.GetAsync(HttpExtensions.Path("articles", slug));
        var commentCount = (int)(await article.ReadJsonAsync())["commentCount"]!;

        Assert.True(FaultSystem.Decided(atKill) < Comments, $"The kill came after moderation had finished: {atKill.ToJsonString()}");
        Assert.Equal(ids.Order(), approved.Order());
        Assert.Equal(ids.Order(), shown.Order());
        Assert.Equal(Comments, (int)stats["approved"]!);
        Assert.Equal(Comments, FaultSystem.Decided(stats));
        Assert.Equal(0, (int)stats["poison"]!);
        Assert.Equal(Comments, commentCount);
    }
}
