using System.Net;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Desk;

// Its own Azurite and host: every test comment comes from 127.0.0.1, so a ban (which covers the
// reader's address too) would reach the comments of any test sharing the host.
[Collection(DeskCollection.Name)]
public sealed class BanTests(OwnDeskFixture own) : IClassFixture<OwnDeskFixture>
{
    private DeskFixture Desk => own.Desk;

    [Fact]
    public async Task Ban_ByComment_MakesTheReadersNextCommentSpamAndLiftingEndsIt()
    {
        using var admin = Desk.Client(Desk.Host.FunctionKey);
        using var moderator = Desk.Client(DeskFixture.ModeratorKey);
        var slug = await CommentApi.NewArticleAsync(admin, "bans");
        var email = $"troll-{Guid.NewGuid():N}@example.com";
        var first = await CommentApi.PostAsync(admin, slug, CommentApi.Comment("تعليق قبل الحظر", email, author: "مشاغب"));
        await CommentApi.WaitForStatusAsync(admin, first);

        using var created = await moderator.PostJsonAsync("/api/moderation/bans", new { commentId = first, days = 30, reason = "إساءة متكررة" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ban = await created.ReadJsonAsync();
        var text = ban.ToJsonString();
        Assert.Equal(DeskFixture.ModeratorName, (string?)ban["by"]);
        Assert.Equal("مشاغب", (string?)ban["authorName"]);
        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["id", "createdAt", "expiresAt", "reason", "by", "authorName"], ban.AsObject().Select(p => p.Key));
        var banId = (string)ban["id"]!;

        var next = await CommentApi.PostAsync(admin, slug, CommentApi.Comment("تعليق بريء بعد الحظر", email, author: "اسم جديد"));
        var banned = await CommentApi.WaitForStatusAsync(admin, next);
        Assert.Equal(CommentStatuses.Spam, (string?)banned["status"]);
        Assert.Contains("banned reader", banned["reasons"]!.AsArray().Select(r => (string?)r));

        var listed = (await (await moderator.GetAsync("/api/moderation/bans")).ReadJsonAsync())["items"]!.AsArray();
        Assert.Contains(listed, b => (string?)b!["id"] == banId);

        using var lifted = await moderator.DeleteAsync($"/api/moderation/bans/{banId}");
        Assert.Equal(HttpStatusCode.NoContent, lifted.StatusCode);
        var after = await CommentApi.PostAsync(admin, slug, CommentApi.Comment("تعليق بعد رفع الحظر", email, author: "مشاغب"));
        Assert.Equal(CommentStatuses.Approved, (string?)(await CommentApi.WaitForStatusAsync(admin, after))["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.DeleteAsync($"/api/moderation/bans/{banId}")).StatusCode);
    }

    [Fact]
    public async Task Ban_UnknownCommentOrBadDays_Is400()
    {
        using var moderator = Desk.Client(DeskFixture.ModeratorKey);

        using var unknown = await moderator.PostJsonAsync("/api/moderation/bans", new { commentId = CommentIds.New(DateTimeOffset.UtcNow), reason = "x" });
        using var badDays = await moderator.PostJsonAsync("/api/moderation/bans", new { commentId = "x", days = 0, reason = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);
    }
}
