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

// What a reader or a moderator sends wrong gets a clear 4xx, and public answers never hold an email.
[Collection(CommentsCollection.Name)]
public class CommentRefusalTests(CommentsFixture system)
{
    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    [Fact]
    public async Task Post_ClosedAndUnknownArticles_Return403And404()
    {
        var closed = await NewArticleAsync(moderator, "closed", commentsOpen: false);

        var toClosed = await reader.PostJsonAsync(CommentsPath(closed), Comment("مغلق"));
        var toUnknown = await reader.PostJsonAsync(CommentsPath(UniqueNames.Slug("missing")), Comment("لا يوجد"));
        var listUnknown = await reader.GetAsync(CommentsPath(UniqueNames.Slug("missing")));

        Assert.Equal(HttpStatusCode.Forbidden, toClosed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listUnknown.StatusCode);
    }

    [Fact]
    public async Task PublicAnswers_NeverContainThePostedEmailsOrTheirPlainHashes()
    {
        var slug = await NewArticleAsync(moderator, "privacy");
        var emails = Enumerable.Range(0, 3).Select(i => $"secret-{i}-{Guid.NewGuid():N}@example.com").ToList();
        var answers = new List<string>();
        async Task Keep(Task<HttpResponseMessage> call) => answers.Add(await (await call).Content.ReadAsStringAsync());

        await Keep(reader.PostJsonAsync(CommentsPath(slug), Comment("أول", email: emails[0])));
        await Keep(reader.PostJsonAsync(CommentsPath(slug), Comment("ثان", email: emails[1], website: "example.com")));
        await Keep(reader.PostJsonAsync(CommentsPath(slug), Comment(new string('x', 10_001), email: emails[2])));
        await Keep(reader.PostJsonAsync(CommentsPath(slug), Comment("بلا كاتب", email: emails[2], author: " ")));
        await Keep(reader.PostJsonAsync(CommentsPath(slug), new { author = "a", email = emails[2] + "x@", content = "c" }));
        await Keep(reader.PostJsonAsync(CommentsPath(UniqueNames.Slug("nowhere")), Comment("لا مقال", email: emails[2])));
        await Keep(reader.PostAsync(CommentsPath(slug), new StringContent($"{{\"email\": \"{emails[2]}\", ", Encoding.UTF8, "application/json")));
        var items = await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 2, TimeSpan.FromSeconds(5), "both comments");
        await Keep(reader.GetAsync(CommentsPath(slug)));
        await Keep(reader.GetAsync(CommentsPath(slug) + "?limit=1"));
        await Keep(reader.GetAsync(Path("articles", slug)));

        var everything = string.Join("\n", answers);
        foreach (var email in emails)
        {
            Assert.DoesNotContain(email, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(email))), everything);
            Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email))), everything);
        }

        Assert.DoesNotContain("127.0.0.1", everything);
        Assert.Equal(2, items.Count);
    }

    [Theory]
    [InlineData("{\"author\": ")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"author\": 5, \"email\": \"a@example.com\", \"content\": \"c\"}")]
    [InlineData("{\"author\": \"a\", \"email\": \"a@example.com\", \"content\": \"c\", \"website\": \"javascript:alert(1)\"}")]
    [InlineData("{\"author\": \"a\", \"email\": \"a@example.com\", \"content\": \"c\", \"parentId\": \"x' or 1 eq 1\"}")]
    [InlineData("{\"author\": \"a\", \"email\": \"a@example.com\", \"content\": [\"c\"]}")]
    public async Task Post_MalformedBody_Returns400Problem(string json)
    {
        var slug = await NewArticleAsync(moderator, "bad");

        var response = await reader.PostAsync(CommentsPath(slug), new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task Post_HugeBodyAndWrongContentType_Return413And415()
    {
        var slug = await NewArticleAsync(moderator, "huge");

        var huge = await reader.PostAsync(CommentsPath(slug), new StringContent("{\"content\": \"" + new string('x', 200_000) + "\"}", Encoding.UTF8, "application/json"));
        var plain = await reader.PostAsync(CommentsPath(slug), new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Theory]
    [InlineData("a%27b")]
    [InlineData("a%2Fb")]
    [InlineData("a%01b")]
    [InlineData("01A224A3B5BB91D979D4BAF1BE35")]
    [InlineData("ffffffffffffffffffffffffffff")]
    public async Task Moderate_BadOrUnknownId_Returns404Never500(string rawId)
    {
        foreach (var action in new[] { "approve", "reject", "spam" })
        {
            var response = await moderator.PostAsync($"/api/moderation/comments/{rawId}/{action}", null);

            Assert.InRange((int)response.StatusCode, 400, 499);
        }
    }

    [Theory]
    [InlineData("status=published")]
    [InlineData("status=pending&limit=101")]
    [InlineData("status=pending&cursor=MTp4")]
    [InlineData("status=%27")]
    public async Task ModerationList_BadQuery_Returns400(string query)
    {
        var response = await moderator.GetAsync("/api/moderation/comments?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Approve_MalformedModeratorBody_Returns400AndChangesNothing()
    {
        var slug = await NewArticleAsync(moderator, "badbody");
        var id = await PostAsync(reader, slug, Comment($"جسم {CommentsFixture.SuspectWord}"));
        await WaitForStatusAsync(moderator, id);

        var response = await moderator.PostAsync($"/api/moderation/comments/{id}/approve", new StringContent("{\"moderator\": ", Encoding.UTF8, "application/json"));
        var after = await WaitForStatusAsync(moderator, id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (string?)after["status"]);
    }
}
