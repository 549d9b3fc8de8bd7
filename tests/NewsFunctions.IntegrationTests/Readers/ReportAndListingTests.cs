using System.Net;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;
using static NewsFunctions.IntegrationTests.Readers.ReaderApi;

namespace NewsFunctions.IntegrationTests.Readers;

[Collection(CommentsCollection.Name)]
public class ReportAndListingTests(CommentsFixture system)
{
    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    private async Task<(string Slug, string Id)> PublicCommentAsync(string prefix)
    {
        var slug = await NewArticleAsync(moderator, prefix);
        var id = await PostAsync(reader, slug, Comment("تعليق سيبلغ عنه القراء"));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), items => items.Count == 1, Deadline, "the comment to be public");
        return (slug, id);
    }

    [Fact]
    public async Task Report_FromThreeAddresses_SendsTheCommentBackToPendingFirstInTheModeratorsQueue()
    {
        var held = await WaitForStatusAsync(moderator, await PostAsync(reader, await NewArticleAsync(moderator, "held-first"), Comment($"عرض {CommentsFixture.SuspectWord}")));
        var (slug, id) = await PublicCommentAsync("reported");

        var answers = new List<HttpResponseMessage>();
        foreach (var (address, reason) in new[] { ("127.0.0.2", "abuse"), ("127.0.0.3", "spam"), ("127.0.0.4", "abuse") })
        {
            using var client = system.Host.CreateClient(from: address);
            answers.Add(await ReportAsync(client, slug, id, reason));
        }

        var listed = await PublicAsync(reader, slug);
        var pending = await ListAsync(moderator, "pending");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Empty(listed);
        Assert.Equal(id, (string?)pending[0]["id"]);
        Assert.Equal(["reported by 3 readers: abuse"], pending[0]["reasons"]!.AsArray().Select(r => (string)r!));
        Assert.Contains(pending, c => (string?)c["id"] == (string?)held["id"]);
        Assert.Equal(0, await CommentCountAsync(reader, slug));
    }

    [Fact]
    public async Task Report_ThreeTimesFromOneAddress_CountsOnceAndTheCommentStaysPublic()
    {
        var (slug, id) = await PublicCommentAsync("one-reporter");
        using var client = system.Host.CreateClient(from: "127.0.0.5");

        var answers = new[] { await ReportAsync(client, slug, id, "abuse"), await ReportAsync(client, slug, id, "spam"), await ReportAsync(client, slug, id, "other") };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Single(await PublicAsync(reader, slug));
        Assert.Equal("approved", (string?)(await FindAsync(moderator, id))!["status"]);
    }

    [Fact]
    public async Task Report_UnknownReasonOrComment_Is400Or404()
    {
        var (slug, id) = await PublicCommentAsync("bad-report");

        var unknownReason = await ReportAsync(reader, slug, id, "boring");
        var unknownComment = await ReportAsync(reader, slug, "0000000000000000000000000000", "spam");
        var otherArticle = await ReportAsync(reader, await NewArticleAsync(moderator, "other"), id, "spam");

        Assert.Equal(HttpStatusCode.BadRequest, unknownReason.StatusCode);
        Assert.Contains("reason", await unknownReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownComment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherArticle.StatusCode);
    }

    [Fact]
    public async Task List_SortNewest_ReversesTheOrderPagesOnAndTotalIsTheApprovedCount()
    {
        var slug = await NewArticleAsync(moderator, "sorted");
        var ids = new List<string>();
        foreach (var text in new[] { "الأول", "الثاني", "الثالث" })
        {
            ids.Add(await PostAsync(reader, slug, Comment("تعليق " + text)));
        }

        await PostAsync(reader, slug, Comment($"عرض {CommentsFixture.SuspectWord} جداً"));
        await Poll.UntilAsync(() => CommentCountAsync(reader, slug), n => n == 3, Deadline, "three approved comments");

        var oldest = await PageAsync(reader, slug, "sort=oldest");
        var first = await PageAsync(reader, slug, "sort=newest&limit=2");
        var second = await PageAsync(reader, slug, "sort=newest&limit=2&cursor=" + (string)first["nextCursor"]!);
        var badSort = await reader.GetAsync(CommentsPath(slug) + "?sort=best");

        Assert.Equal(ids, oldest["items"]!.AsArray().Select(c => (string)c!["id"]!));
        Assert.Equal([ids[2], ids[1]], first["items"]!.AsArray().Select(c => (string)c!["id"]!));
        Assert.Equal([ids[0]], second["items"]!.AsArray().Select(c => (string)c!["id"]!));
        Assert.Null((string?)second["nextCursor"]);
        Assert.All(new[] { oldest, first, second }, page => Assert.Equal(3, (int)page["total"]!));
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Fact]
    public async Task List_RepliesOfARejectedComment_NeverSurfaceAtAll()
    {
        var slug = await NewArticleAsync(moderator, "orphans");
        var parent = await PostAsync(reader, slug, Comment("تعليق أصلي"));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 1, Deadline, "the parent");
        var reply = await PostAsync(reader, slug, Comment("رد على التعليق", parentId: parent));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 2, Deadline, "the reply");
        var grandchild = await PostAsync(reader, slug, Comment("رد على الرد", parentId: reply));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 3, Deadline, "the replies");

        var rejected = await moderator.PostAsync($"/api/moderation/comments/{parent}/reject", null);
        var oldest = await PublicAsync(reader, slug);
        var newest = (await PageAsync(reader, slug, "sort=newest"))["items"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Empty(oldest);
        Assert.Empty(newest);
        Assert.Equal("approved", (string?)(await FindAsync(moderator, grandchild))!["status"]);
    }

    [Fact]
    public async Task Feed_ParsesAsAtomWithTheNewestApprovedCommentsAndNoEmail()
    {
        var slug = await NewArticleAsync(moderator, "feed");
        var email = $"feed-reader-{Guid.NewGuid():N}@example.com";
        var first = await PostAsync(reader, slug, Comment("أول تعليق في الخلاصة 🌙", email: email));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 1, Deadline, "the first comment");
        var second = await PostAsync(reader, slug, Comment("ثاني تعليق <b>بوسم</b> & رمز", email: email));
        await PostAsync(reader, slug, Comment($"عرض {CommentsFixture.SuspectWord} جداً"));
        await Poll.UntilAsync(() => CommentCountAsync(reader, slug), n => n == 2, Deadline, "two approved comments");

        var response = await reader.GetAsync(CommentsPath(slug) + "/feed");
        var text = await response.Content.ReadAsStringAsync();
        var feed = System.Xml.Linq.XDocument.Parse(text).Root!;
        var page = await (await reader.GetAsync($"/api/pages/articles/{slug}")).Content.ReadAsStringAsync();

        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(atom + "feed", feed.Name);
        Assert.All(new[] { "id", "title", "updated" }, name => Assert.NotNull(feed.Element(atom + name)));
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.EndsWith("#comment-" + second, (string?)entries[0].Element(atom + "id"));
        Assert.EndsWith("#comment-" + first, (string?)entries[1].Element(atom + "id"));
        Assert.Equal("ثاني تعليق <b>بوسم</b> & رمز", (string?)entries[0].Element(atom + "content"));
        Assert.Equal("أول تعليق في الخلاصة 🌙", (string?)entries[1].Element(atom + "content"));
        Assert.All(entries, e => Assert.NotNull(e.Element(atom + "author")?.Element(atom + "name")));
        Assert.DoesNotContain("@", text);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\"", page);
        Assert.Contains(CommentsPath(slug) + "/feed", page);
    }
}
