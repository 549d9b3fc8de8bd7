using System.Net;
using System.Net.Http.Headers;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Faults;

[Collection(FaultCollection.Name)]
public class ModeratorRaceTests
{
    private const int Comments = 12;

    [Fact]
    public async Task ApproveAndRejectAtOnce_SameETag_OneWinsTheOtherGets412()
    {
        await using var system = await FaultSystem.StartAsync();
        await system.PutSettingsAsync(new { mode = "pre", maxLinks = 2, bannedWords = Array.Empty<string>(), suspectWords = Array.Empty<string>(), floodSeconds = 0 });
        var slug = await system.CreateArticleAsync("race");
        var submitted = await Task.WhenAll(Enumerable.Range(0, Comments).Select(n => system.SubmitAsync(slug, $"تعليق ينتظر المشرف رقم {n}", n)));
        await system.WaitForStatsAsync(s => (int)s["pending"]! >= Comments, TimeSpan.FromSeconds(60), "every comment to be held");
        var pending = await system.ListAllAsync("pending");

        // Two moderators, each having seen the same version, act on every comment at the same moment.
        var outcomes = await Task.WhenAll(pending.Select(async comment =>
        {
            var id = (string)comment["id"]!;
            var etag = (string)comment["etag"]!;
            var answers = await Task.WhenAll(
                ActAsync(system.Moderator, id, "approve", etag),
                ActAsync(system.Moderator, id, "reject", etag));
            return (Id: id, Approve: answers[0], Reject: answers[1]);
        }));
        var approved = (await system.ListAllAsync("approved")).Select(c => (string)c["id"]!).ToHashSet();
        var rejected = (await system.ListAllAsync("rejected")).Select(c => (string)c["id"]!).ToHashSet();
        var shown = (await system.ListPublicAsync(slug)).Select(c => (string)c["id"]!).ToList();
        using var article = await system.Anonymous.GetAsync(HttpExtensions.Path("articles", slug));
        var commentCount = (int)(await article.ReadJsonAsync())["commentCount"]!;

        Assert.All(submitted, s => Assert.Equal(HttpStatusCode.Accepted, s.Status));
        Assert.Equal(Comments, outcomes.Length);
        foreach (var (id, approve, reject) in outcomes)
        {
            Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }, new[] { approve, reject }.Order());
            Assert.Equal(approve == HttpStatusCode.OK, approved.Contains(id));
            Assert.Equal(reject == HttpStatusCode.OK, rejected.Contains(id));
        }

        Assert.Equal(approved.Order(), shown.Order());
        Assert.Equal(approved.Count, commentCount);
        Assert.Equal(0, (int)(await system.StatsAsync())["pending"]!);
    }

    private static async Task<HttpStatusCode> ActAsync(HttpClient moderator, string id, string action, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, HttpExtensions.Path("moderation", "comments", id, action));
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        using var response = await moderator.SendAsync(request);
        return response.StatusCode;
    }
}
