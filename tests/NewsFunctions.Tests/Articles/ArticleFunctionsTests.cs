using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsFunctions.Articles;
using NewsFunctions.Tests.TestSupport;

namespace NewsFunctions.Tests.Articles;

public class ArticleFunctionsTests
{
    private readonly Mock<IArticleStore> store = new();
    private readonly ArticleFunctions functions;

    public ArticleFunctionsTests()
    {
        functions = new ArticleFunctions(store.Object, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T12:00:00Z")), NullLogger<ArticleFunctions>.Instance);
    }

    [Fact]
    public async Task GetArticle_UnknownSlug_Returns404Problem()
    {
        var request = HttpTestContext.Request();

        var result = await (await functions.GetArticle(request, "missing", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(404, result.Status);
        Assert.StartsWith("application/problem+json", result.ContentType);
        Assert.Equal(404, (int)result.Json["status"]!);
    }

    [Fact]
    public async Task GetArticle_InvalidSlug_NeverReachesTheStore()
    {
        var request = HttpTestContext.Request();

        var result = await (await functions.GetArticle(request, "x' or '1'='1", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(404, result.Status);
        store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetArticle_MatchingIfNoneMatch_Returns304WithoutBody()
    {
        store.Setup(s => s.GetAsync("news", It.IsAny<CancellationToken>())).ReturnsAsync(Stored("news", "W/\"v1\""));
        var request = HttpTestContext.Request();
        request.Headers.IfNoneMatch = NewsFunctions.Http.ETags.FromStorage("W/\"v1\"");

        var result = await (await functions.GetArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(304, result.Status);
        Assert.Empty(result.Body);
        Assert.Equal(NewsFunctions.Http.ETags.FromStorage("W/\"v1\""), result.Headers.ETag.ToString());
    }

    [Fact]
    public async Task GetArticle_StaleIfNoneMatch_Returns200WithCacheHeaders()
    {
        store.Setup(s => s.GetAsync("news", It.IsAny<CancellationToken>())).ReturnsAsync(Stored("news", "W/\"v2\""));
        var request = HttpTestContext.Request();
        request.Headers.IfNoneMatch = NewsFunctions.Http.ETags.FromStorage("W/\"v1\"");

        var result = await (await functions.GetArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(200, result.Status);
        Assert.Equal("rtl", (string?)result.Json["direction"]);
        Assert.Contains("max-age", result.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task PutArticle_TextPlain_Returns415AndStoresNothing()
    {
        var request = HttpTestContext.Request("PUT", "title=x", contentType: "text/plain");

        var result = await (await functions.PutArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(415, result.Status);
        store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PutArticle_BodyOver200000Characters_Returns413AndStoresNothing()
    {
        var json = $$"""{"title":"t","category":"c","body":"{{new string('ن', 200_001)}}"}""";
        var request = HttpTestContext.Request("PUT", json);

        var result = await (await functions.PutArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(413, result.Status);
        store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PutArticle_BlankTitle_Returns400NamingTitle()
    {
        var request = HttpTestContext.Request("PUT", """{"title":"   ","category":"c","body":"b"}""");

        var result = await (await functions.PutArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(400, result.Status);
        Assert.NotNull(result.Json["errors"]!["title"]);
        store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PutArticle_NewArticle_Returns201WithLocation()
    {
        store.Setup(s => s.SaveAsync(It.IsAny<ArticleDraft>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        store.Setup(s => s.GetAsync("news", It.IsAny<CancellationToken>())).ReturnsAsync(Stored("news", "W/\"v1\""));
        var request = HttpTestContext.Request("PUT", """{"title":"عنوان","category":"محليات","body":"نص"}""");

        var result = await (await functions.PutArticle(request, "news", CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(201, result.Status);
        Assert.Equal("/api/articles/news", result.Headers.Location.ToString());
        store.Verify(s => s.SaveAsync(It.Is<ArticleDraft>(d => d.Title == "عنوان" && d.Language == "ar"), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=-1")]
    [InlineData("cursor=%%%")]
    public async Task ListArticles_BadPaging_Returns400(string query)
    {
        var request = HttpTestContext.Request(query: query);

        var result = await (await functions.ListArticles(request, CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(400, result.Status);
        store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ListArticles_MorePages_ReturnsCursorOfLastKey()
    {
        store.Setup(s => s.ListAsync("رياضة", 1, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(([Stored("a", "e")], "last-key"));
        var request = HttpTestContext.Request(query: "limit=1&category=" + Uri.EscapeDataString("رياضة"));

        var result = await (await functions.ListArticles(request, CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(200, result.Status);
        Assert.Null(result.Json["items"]![0]!["body"]);
        Assert.True(NewsFunctions.Http.PageCursor.TryDecode((string?)result.Json["nextCursor"], out var key));
        Assert.Equal("last-key", key);
    }

    private static StoredArticle Stored(string slug, string etag)
        => new(new ArticleDraft(slug, "عنوان", "نص", "محليات", null, [], null, null, null, "ar", DateTimeOffset.UnixEpoch, true),
            DateTimeOffset.UnixEpoch, 0, etag);
}
