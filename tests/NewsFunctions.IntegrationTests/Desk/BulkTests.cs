using System.Net;
using System.Text.Json.Nodes;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Desk;

[Collection(DeskCollection.Name)]
public sealed class BulkTests(DeskFixture desk)
{
    [Fact]
    public async Task Bulk_MixedItems_AnswersEachItemAndChangesOnlyTheCurrentOnes()
    {
        using var admin = desk.Client(desk.Host.FunctionKey);
        var slug = await CommentApi.NewArticleAsync(admin, "bulk");
        var fresh = await HeldAsync(admin, slug, "تعليق أول فيه كلمة " + CommentsFixture.SuspectWord);
        var stale = await HeldAsync(admin, slug, "تعليق ثان فيه كلمة " + CommentsFixture.SuspectWord);
        var parent = await HeldAsync(admin, slug, "تعليق أصل فيه كلمة " + CommentsFixture.SuspectWord);
        var reply = await HeldAsync(admin, slug, "رد على تعليق محجوز", parentId: (string)parent["id"]!);
        var missing = CommentIds.New(DateTimeOffset.UtcNow);
        using var moderator = desk.Client(DeskFixture.ModeratorKey);

        using var response = await moderator.PostJsonAsync("/api/moderation/comments/bulk", new
        {
            action = "approve",
            items = new object[]
            {
                new { id = (string)fresh["id"]!, etag = (string)fresh["etag"]! },
                new { id = (string)stale["id"]!, etag = "W/\"datetime'2000-01-01T00%3A00%3A00.0000000Z'\"" },
                new { id = missing, etag = "*" },
                new { id = (string)reply["id"]!, etag = (string)reply["etag"]! },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.ReadJsonAsync())["results"]!.AsArray();
        Assert.Equal([200, 412, 404, 409], results.Select(r => (int)r!["status"]!));
        Assert.Equal([(string)fresh["id"]!, (string)stale["id"]!, missing, (string)reply["id"]!], results.Select(r => (string)r!["id"]!));
        var approved = await CommentApi.ListAsync(admin, CommentStatuses.Approved);
        var changed = Assert.Single(approved, c => (string?)c["articleSlug"] == slug);
        Assert.Equal((string)fresh["id"]!, (string)changed["id"]!);
        Assert.Equal(DeskFixture.ModeratorName, (string?)changed["history"]!.AsArray()[^1]!["by"]);
    }

    [Fact]
    public async Task Bulk_101Items_Is400AndChangesNothing()
    {
        using var moderator = desk.Client(DeskFixture.ModeratorKey);
        var items = Enumerable.Range(0, 101).Select(_ => new { id = CommentIds.New(DateTimeOffset.UtcNow), etag = "*" }).ToArray();

        using var response = await moderator.PostJsonAsync("/api/moderation/comments/bulk", new { action = "approve", items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["items"]);
    }

    [Fact]
    public async Task Bulk_MalformedJson_Is400()
    {
        using var moderator = desk.Client(DeskFixture.ModeratorKey);

        using var response = await moderator.PostJsonAsync("/api/moderation/comments/bulk", "{ \"action\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonNode> HeldAsync(HttpClient admin, string slug, string content, string? parentId = null)
    {
        var id = await CommentApi.PostAsync(admin, slug, CommentApi.Comment(content, parentId: parentId));
        var comment = await CommentApi.WaitForStatusAsync(admin, id);
        Assert.Equal(CommentStatuses.Pending, (string?)comment["status"]);
        return comment;
    }
}
