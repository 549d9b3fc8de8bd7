using System.Net;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;

namespace NewsFunctions.IntegrationTests.Comments;

// Takes storage away, so it has its storage and host to itself.
public class QueueOutageTests : IAsyncLifetime
{
    private AzuriteServer storage = null!;
    private LocalHostProcess host = null!;

    public async Task InitializeAsync()
    {
        (storage, host) = await new TestSystemBuilder().StartAsync();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await storage.DisposeAsync();
    }

    [Fact]
    public async Task Post_QueueUnreachable_Returns503WithRetryAfterAndNever202()
    {
        using var reader = host.CreateClient();
        using var editor = host.CreateClient(withKey: true);
        var slug = await NewArticleAsync(editor, "outage");
        var warm = await reader.GetAsync(CommentsPath(slug));

        storage.Stop();
        var response = await reader.PostJsonAsync(CommentsPath(slug), Comment("هل يصل؟"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("AccountKey", text);
    }
}
