using System.Net;
using System.Text;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Comments;

// Its own storage and host (a SystemFixture of this class alone, not the shared collection's),
// because these tests change the settings: every test sets the whole document it needs first, so
// they do not depend on each other's order.
public class ModerationSettingsTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    private async Task SetAsync(string mode, int floodSeconds)
    {
        var put = await moderator.PutJsonAsync("/api/moderation/settings", new { mode, maxLinks = 2, bannedWords = Array.Empty<string>(), suspectWords = Array.Empty<string>(), floodSeconds });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task Post_InPreMode_IsHeldUntilAModeratorApprovesIt()
    {
        await SetAsync("pre", floodSeconds: 0);
        var slug = await NewArticleAsync(moderator, "pre");

        var id = await PostAsync(reader, slug, Comment("تعليق في وضع المراجعة المسبقة"));
        var held = await WaitForStatusAsync(moderator, id);
        var before = await PublicAsync(reader, slug);
        var approve = await moderator.PostAsync($"/api/moderation/comments/{id}/approve", JsonContent(new { moderator = "سلمى" }));
        var after = await PublicAsync(reader, slug);
        var article = await (await reader.GetAsync(Path("articles", slug))).ReadJsonAsync();

        Assert.Equal("pending", (string?)held["status"]);
        Assert.Empty(before);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(NewsFunctions.Http.Caller.KeyHolder.Name, (string?)(await approve.ReadJsonAsync())["history"]!.AsArray()[^1]!["by"]);
        Assert.Single(after);
        Assert.Equal(1, (int?)article["commentCount"]);
    }

    [Fact]
    public async Task Post_SecondWithinFloodSeconds_Returns429WithRetryAfter()
    {
        await SetAsync("auto", floodSeconds: 30);
        var slug = await NewArticleAsync(moderator, "flood");

        var first = await reader.PostJsonAsync(CommentsPath(slug), Comment("أول"));
        var second = await reader.PostJsonAsync(CommentsPath(slug), Comment("ثان"));
        await SetAsync("auto", floodSeconds: 0);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(int.Parse(second.Headers.GetValues("Retry-After").Single()), 1, 30);
    }

    [Fact]
    public async Task Queue_FloodThatSlippedPastTheWebTier_IsHeldByTheQueueFunction()
    {
        await SetAsync("auto", floodSeconds: 30);
        var slug = await NewArticleAsync(moderator, "flood-queue");
        var queue = new QueueClient(system.Storage.ConnectionString, NewsFunctions.Storage.QueueNames.Comments,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var at = DateTimeOffset.UtcNow;
        CommentMessage Message(int second) => new(CommentMessage.CurrentVersion, CommentIds.New(at.AddSeconds(second)), slug, "قارئ",
            "fast@example.com", $"رسالة رقم {second}", null, null, null, null, at.AddSeconds(second));
        var (first, second) = (Message(0), Message(2));

        await queue.SendMessageAsync(CommentMessages.Serialize(first));
        var firstStatus = await WaitForStatusAsync(moderator, first.Id);
        await queue.SendMessageAsync(CommentMessages.Serialize(second));
        var secondStatus = await WaitForStatusAsync(moderator, second.Id);
        await SetAsync("auto", floodSeconds: 0);

        Assert.Equal("approved", (string?)firstStatus["status"]);
        Assert.Equal("pending", (string?)secondStatus["status"]);
        Assert.Contains(secondStatus["reasons"]!.AsArray(), r => ((string)r!).Contains(first.Id));
    }

    [Fact]
    public async Task Settings_PutAndGet_RoundTripAndApplyToTheNextComment()
    {
        await SetAsync("auto", floodSeconds: 0);
        var put = await moderator.PutJsonAsync("/api/moderation/settings",
            new { mode = "auto", maxLinks = 0, bannedWords = new[] { "ممنوع" }, suspectWords = new[] { "مريب" }, floodSeconds = 0 });
        var got = await (await moderator.GetAsync("/api/moderation/settings")).ReadJsonAsync();
        var slug = await NewArticleAsync(moderator, "settings");

        var id = await PostAsync(reader, slug, Comment("رابط واحد https://example.com"));
        var comment = await WaitForStatusAsync(moderator, id);
        await SetAsync("auto", floodSeconds: 0);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(0, (int?)got["maxLinks"]);
        Assert.Equal("ممنوع", (string?)got["bannedWords"]![0]);
        Assert.Equal("pending", (string?)comment["status"]);
    }

    [Theory]
    [InlineData("{\"mode\": \"sometimes\"}")]
    [InlineData("{\"mode\": \"auto\", \"maxLinks\": -1}")]
    [InlineData("{\"mode\": \"auto\", \"floodSeconds\": \"x\"}")]
    [InlineData("{\"mode\": ")]
    [InlineData("{\"mode\": \"auto\", \"bannedWords\": \"casino\"}")]
    public async Task Settings_Invalid_Returns400AndKeepsTheOldSettings(string json)
    {
        await SetAsync("auto", floodSeconds: 0);

        var put = await moderator.PutAsync("/api/moderation/settings", new StringContent(json, Encoding.UTF8, "application/json"));
        var got = await (await moderator.GetAsync("/api/moderation/settings")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("auto", (string?)got["mode"]);
        Assert.Equal(2, (int?)got["maxLinks"]);
    }

    [Fact]
    public async Task Settings_FieldsLeftOutOfAPut_KeepTheirValues()
    {
        var full = await moderator.PutJsonAsync("/api/moderation/settings", new { mode = "pre", maxLinks = 4, bannedWords = new[] { "قمار" }, suspectWords = Array.Empty<string>(), floodSeconds = 0, editWindowSeconds = 120, reportThreshold = 5 });

        var partial = await moderator.PutJsonAsync("/api/moderation/settings", new { maxLinks = 1 });
        var read = await (await moderator.GetAsync("/api/moderation/settings")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal(1, (int)read["maxLinks"]!);
        Assert.Equal("pre", (string?)read["mode"]);
        Assert.Equal(["قمار"], read["bannedWords"]!.AsArray().Select(w => (string)w!));
        Assert.Equal(120, (int)read["editWindowSeconds"]!);
        Assert.Equal(5, (int)read["reportThreshold"]!);
    }

    [Fact]
    public async Task Settings_WithoutKey_Return401()
    {
        var get = await reader.GetAsync("/api/moderation/settings");
        var put = await reader.PutJsonAsync("/api/moderation/settings", new { mode = "pre" });
        var stats = await reader.GetAsync("/api/moderation/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    [Fact]
    public async Task Stats_CountEachStatusAfterChanges()
    {
        await SetAsync("pre", floodSeconds: 0);
        var slug = await NewArticleAsync(moderator, "stats");
        var before = await (await moderator.GetAsync("/api/moderation/stats")).ReadJsonAsync();

        var a = await PostAsync(reader, slug, Comment("واحد"));
        var b = await PostAsync(reader, slug, Comment("اثنان"));
        await WaitForStatusAsync(moderator, a);
        await WaitForStatusAsync(moderator, b);
        await moderator.PostAsync($"/api/moderation/comments/{a}/spam", null);
        var after = await (await moderator.GetAsync("/api/moderation/stats")).ReadJsonAsync();

        Assert.Equal((int)before["pending"]! + 1, (int)after["pending"]!);
        Assert.Equal((int)before["spam"]! + 1, (int)after["spam"]!);
        Assert.Equal(0, (int)after["queued"]!);
        Assert.NotNull(after["poison"]);
        Assert.NotNull(after["rejected"]);
        Assert.NotNull(after["approved"]);
    }
}
