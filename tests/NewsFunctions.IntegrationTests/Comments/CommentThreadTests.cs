using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Comments;

// Replies, paging, the script-less form and two moderators on one comment, through the local host.
[Collection(CommentsCollection.Name)]
public class CommentThreadTests(CommentsFixture system)
{
    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    [Fact]
    public async Task Reply_ToPendingComment_IsNotPublishedAsAReplyToIt()
    {
        var slug = await NewArticleAsync(moderator, "reply");
        var parent = await PostAsync(reader, slug, Comment($"أصل {CommentsFixture.SuspectWord}"));
        await WaitForStatusAsync(moderator, parent);

        var reply = await PostAsync(reader, slug, Comment("رد على تعليق معلق", parentId: parent));
        var held = await WaitForStatusAsync(moderator, reply);
        var published = await PublicAsync(reader, slug);

        var approveReply = await moderator.PostAsync($"/api/moderation/comments/{reply}/approve", null);

        Assert.Equal("pending", (string?)held["status"]);
        Assert.Contains(held["reasons"]!.AsArray(), r => ((string)r!).Contains("not approved"));
        Assert.Empty(published);
        Assert.Equal(HttpStatusCode.Conflict, approveReply.StatusCode);
        Assert.Empty(await PublicAsync(reader, slug));
    }

    [Fact]
    public async Task Reply_ToApprovedComment_IsPublishedWithParentId()
    {
        var slug = await NewArticleAsync(moderator, "reply-ok");
        var parent = await PostAsync(reader, slug, Comment("تعليق أول"));
        await WaitForStatusAsync(moderator, parent);

        var reply = await PostAsync(reader, slug, Comment("رد عليه", parentId: parent));
        var items = await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 2, TimeSpan.FromSeconds(5), "the reply");

        Assert.Equal([parent, reply], items.Select(i => (string)i!["id"]!));
        Assert.Equal(parent, (string?)items[1]!["parentId"]);
    }

    [Fact]
    public async Task ConcurrentApproveAndReject_OneWinsAndTheOtherGets412()
    {
        var slug = await NewArticleAsync(moderator, "race");
        var id = await PostAsync(reader, slug, Comment($"سباق {CommentsFixture.SuspectWord}"));
        var etag = (string)(await WaitForStatusAsync(moderator, id))["etag"]!;

        HttpRequestMessage Act(string action)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/moderation/comments/{id}/{action}");
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return request;
        }

        var answers = await Task.WhenAll(moderator.SendAsync(Act("approve")), moderator.SendAsync(Act("reject")));
        var codes = answers.Select(a => a.StatusCode).Order().ToList();
        var final = await WaitForStatusAsync(moderator, id);
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var winnerStatus = (string?)(await winner.ReadJsonAsync())["status"];

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes);
        Assert.Equal(winnerStatus, (string?)final["status"]);
        Assert.Equal(winnerStatus == "approved" ? 1 : 0, (await PublicAsync(reader, slug)).Count);
    }

    [Fact]
    public async Task Post_Form_Returns303ToTheArticlePageAndIsQueued()
    {
        var slug = await NewArticleAsync(moderator, "form");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = system.Host.BaseAddress };
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["author"] = "قارئة", ["email"] = "form@example.com", ["content"] = "من نموذج بلا سكربت", ["hp"] = "",
        });

        var response = await noRedirects.PostAsync(CommentsPath(slug), form);
        var items = await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 1, TimeSpan.FromSeconds(5), "the form comment");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/api/pages/articles/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal("من نموذج بلا سكربت", (string?)items[0]!["content"]);
    }

    [Fact]
    public async Task PublicList_PagesOldestFirstWithCursor()
    {
        var slug = await NewArticleAsync(moderator, "paging");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await PostAsync(reader, slug, Comment($"تعليق رقم {i}")));
        }

        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 5, TimeSpan.FromSeconds(10), "five comments");
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await reader.GetAsync(CommentsPath(slug) + "?limit=2" + (cursor is null ? "" : "&cursor=" + cursor))).ReadJsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => (string)i!["id"]!));
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);

        Assert.Equal(ids, seen);
    }
}
