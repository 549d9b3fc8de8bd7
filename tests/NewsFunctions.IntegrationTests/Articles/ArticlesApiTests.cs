using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Articles;

[Collection(SystemCollection.Name)]
public class ArticlesApiTests(SystemFixture system)
{
    private readonly HttpClient anonymous = system.Host.CreateClient();
    private readonly HttpClient editor = system.Host.CreateClient(withKey: true);

    [Fact]
    public async Task Put_ArabicArticleWithKey_RoundTripsByteForByte()
    {
        var slug = "مقال-" + Guid.NewGuid().ToString("N")[..8];
        var body = "بِسْمِ اللَّهِ — نصٌّ عربيٌّ مع تشكيل وـــتطويل و\u200Fعلامات اتجاه، وأرقام ١٢٣ و 456، ورموز 🙂.\n\nفقرة ثانية \"مقتبسة\" <b>ليست HTML</b>.";

        var put = await editor.PutJsonAsync(Path("articles", slug), Article(body: body));
        var get = await anonymous.GetAsync(Path("articles", slug));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var article = await get.ReadJsonAsync();
        Assert.Equal(body, (string?)article["body"]);
        Assert.Equal("rtl", (string?)article["direction"]);
        Assert.Equal(slug, (string?)article["slug"]);
    }

    [Fact]
    public async Task Put_SameSlugTwice_Returns201Then200()
    {
        var slug = UniqueNames.Slug("replace");

        var first = await editor.PutJsonAsync(Path("articles", slug), Article(title: "First"));
        var second = await editor.PutJsonAsync(Path("articles", slug), Article(title: "Second"));
        var get = await (await anonymous.GetAsync(Path("articles", slug))).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Second", (string?)get["title"]);
    }

    [Fact]
    public async Task Put_BodyOf200000Characters_RoundTripsAndOneMoreIs413()
    {
        var slug = UniqueNames.Slug("long");
        var text = new StringBuilder();
        while (text.Length < 200_000)
        {
            text.Append("هذه جملة عربية طويلة في مقال كبير 🙂 ");
        }

        var exact = text.ToString(0, 199_999) + "x";
        var tooLong = exact + "y";

        var put = await editor.PutJsonAsync(Path("articles", slug), Article(body: exact));
        var got = await (await anonymous.GetAsync(Path("articles", slug))).ReadJsonAsync();
        var refused = await editor.PutJsonAsync(Path("articles", UniqueNames.Slug("toolong")), Article(body: tooLong));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(exact, (string?)got["body"]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_MatchingIfNoneMatch_Returns304()
    {
        var slug = UniqueNames.Slug("etag");
        await editor.PutJsonAsync(Path("articles", slug), Article());
        var first = await anonymous.GetAsync(Path("articles", slug));
        var etag = first.Headers.ETag;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, Path("articles", slug));
        conditional.Headers.IfNoneMatch.Add(etag!);
        var second = await anonymous.SendAsync(conditional);

        Assert.NotNull(etag);
        Assert.NotNull(first.Headers.CacheControl);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_AfterReplace_OldETagNoLongerMatches()
    {
        var slug = UniqueNames.Slug("etag2");
        await editor.PutJsonAsync(Path("articles", slug), Article(title: "v1"));
        var etag = (await anonymous.GetAsync(Path("articles", slug))).Headers.ETag!;
        await editor.PutJsonAsync(Path("articles", slug), Article(title: "v2"));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, Path("articles", slug));
        conditional.Headers.IfNoneMatch.Add(etag);
        var response = await anonymous.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // The answer's bytes are kept per stored version: a read just before a replace must not leave
    // the old bytes or tag behind for the reads after it.
    [Fact]
    public async Task Get_ReadThenReplaced_ServesTheNewBytesAndETag()
    {
        var slug = UniqueNames.Slug("etag3");
        await editor.PutJsonAsync(Path("articles", slug), Article(title: "v1"));
        var before = await anonymous.GetAsync(Path("articles", slug));
        await editor.PutJsonAsync(Path("articles", slug), Article(title: "v2"));

        var after = await anonymous.GetAsync(Path("articles", slug));

        Assert.Equal("v1", (string?)(await before.ReadJsonAsync())["title"]);
        Assert.Equal("v2", (string?)(await after.ReadJsonAsync())["title"]);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal((await after.Content.ReadAsByteArrayAsync()).Length, after.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "wrong-key")]
    public async Task PutAndDelete_WithoutValidKey_Return401AndChangeNothing(bool sendKey, string? key)
    {
        var slug = UniqueNames.Slug("nokey");
        using var client = system.Host.CreateClient();
        if (sendKey)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        var put = await client.PutJsonAsync(Path("articles", slug), Article());
        var get = await anonymous.GetAsync(Path("articles", slug));
        await editor.PutJsonAsync(Path("articles", slug), Article());
        var delete = await client.DeleteAsync(Path("articles", slug));
        var stillThere = await anonymous.GetAsync(Path("articles", slug));

        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Put_KeyInCodeQuery_IsAccepted()
    {
        var slug = UniqueNames.Slug("code");

        var put = await anonymous.PutJsonAsync(Path("articles", slug) + "?code=" + Uri.EscapeDataString(system.Host.FunctionKey), Article());

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
    }

    [Fact]
    public async Task Delete_ExistingArticle_StopsServingIt()
    {
        var slug = UniqueNames.Slug("delete");
        await editor.PutJsonAsync(Path("articles", slug), Article());

        var delete = await editor.DeleteAsync(Path("articles", slug));
        var get = await anonymous.GetAsync(Path("articles", slug));
        var again = await editor.DeleteAsync(Path("articles", slug));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task List_ByCategory_IsNewestFirstAndPagesWithCursor()
    {
        var category = "cat-" + Guid.NewGuid().ToString("N")[..8];
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        var slugs = Enumerable.Range(0, 5).Select(i => UniqueNames.Slug($"list{i}")).ToList();
        for (var i = 0; i < slugs.Count; i++)
        {
            await editor.PutJsonAsync(Path("articles", slugs[i]), Article(category: category, publishedAt: start.AddHours(i)));
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var url = $"/api/articles?category={Uri.EscapeDataString(category)}&limit=2" + (cursor is null ? "" : "&cursor=" + cursor);
            var page = await (await anonymous.GetAsync(url)).ReadJsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => (string)i!["slug"]!));
            Assert.Null(page["items"]![0]!["body"]);
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(slugs), seen);
    }

    [Fact]
    public async Task Put_ChangedCategory_LeavesOldCategoryListing()
    {
        var slug = UniqueNames.Slug("move");
        var oldCategory = "old-" + Guid.NewGuid().ToString("N")[..8];
        (await editor.PutJsonAsync(Path("articles", slug), Article(category: oldCategory))).EnsureSuccessStatusCode();
        var before = await (await anonymous.GetAsync($"/api/articles?category={oldCategory}")).ReadJsonAsync();

        (await editor.PutJsonAsync(Path("articles", slug), Article(category: "new-" + oldCategory))).EnsureSuccessStatusCode();
        var page = await (await anonymous.GetAsync($"/api/articles?category={oldCategory}")).ReadJsonAsync();

        Assert.Single(before["items"]!.AsArray());
        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task Health_StorageUp_ReturnsOk()
    {
        var response = await anonymous.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string?)(await response.ReadJsonAsync())["status"]);
    }
}
