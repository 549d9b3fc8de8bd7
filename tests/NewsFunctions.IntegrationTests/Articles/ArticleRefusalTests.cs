using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Articles;

// A bad slug, body, encoding or paging query gets a clear 4xx, never a 500.
[Collection(SystemCollection.Name)]
public class ArticleRefusalTests(SystemFixture system)
{
    private readonly HttpClient anonymous = system.Host.CreateClient();
    private readonly HttpClient editor = system.Host.CreateClient(withKey: true);

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=abc")]
    [InlineData("cursor=not-a-cursor!")]
    [InlineData("cursor=Zm9v")]
    public async Task List_BadPaging_Returns400Problem(string query)
    {
        var response = await anonymous.GetAsync("/api/articles?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("a'b")]
    [InlineData("a%22b")]
    [InlineData("a%23b")]
    [InlineData("a%3Fb")]
    [InlineData("a%5Cb")]
    [InlineData("a%2Fb")]
    [InlineData("a%01b")]
    [InlineData("x%20or%20PartitionKey%20ne%20'x'")]
    public async Task HostileSlug_GetsClient4xxNever500(string rawSlug)
    {
        var get = await anonymous.GetAsync("/api/articles/" + rawSlug);
        var put = await editor.PutAsync("/api/articles/" + rawSlug, JsonContent(Article()));

        Assert.InRange((int)get.StatusCode, 400, 499);
        Assert.InRange((int)put.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Put_TooLongSlug_Returns400()
    {
        var response = await editor.PutJsonAsync("/api/articles/" + new string('a', 121), Article());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"title\": 5, \"body\": \"b\", \"category\": \"c\"}")]
    [InlineData("{\"title\": \"t\", \"body\": \"b\", \"category\": \"c\", \"publishedAt\": \"yesterday\"}")]
    [InlineData("{\"title\": \"t\", \"body\": \"b\", \"category\": \"c\", \"sourceUrl\": \"javascript:alert(1)\"}")]
    [InlineData("{\"title\": \"t\", \"body\": \"b\", \"category\": \"c\", \"language\": \"<script>\"}")]
    [InlineData("null")]
    public async Task Put_MalformedBody_Returns400Problem(string json)
    {
        var response = await editor.PutAsync(Path("articles", UniqueNames.Slug("bad")), new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Put_InvalidUtf8_Returns400()
    {
        var bytes = new ByteArrayContent([(byte)'{', (byte)'"', (byte)'t', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await editor.PutAsync(Path("articles", UniqueNames.Slug("utf8")), bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Put_WrongContentType_Returns415()
    {
        var response = await editor.PutAsync(Path("articles", UniqueNames.Slug("ct")), new StringContent("title=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
