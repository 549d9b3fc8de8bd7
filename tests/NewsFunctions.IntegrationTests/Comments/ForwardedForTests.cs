using System.Net;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Comments;

// A host that admits 3 comments a minute per address, so a dodge shows at once.
public sealed class LimitedHostFixture : IAsyncLifetime
{
    public const int PermitsPerMinute = 3;

    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
        => (Storage, Host) = await new TestSystemBuilder().ForOneClient(PermitsPerMinute).StartAsync();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

[Collection(Desk.DeskCollection.Name)]
public sealed class ForwardedForTests(LimitedHostFixture limited) : IClassFixture<LimitedHostFixture>
{
    // Twice the permits and two more: even if a minute turns between two posts, one of the two
    // minutes gets more than its permits, so an address that is really limited meets a 429.
    [Fact]
    public async Task Post_EachWithAnotherForwardedFor_StillMeetsThePerAddressLimit()
    {
        using var editor = limited.Host.CreateClient(withKey: true);
        var slug = await CommentApi.NewArticleAsync(editor, "xff");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 2 * LimitedHostFixture.PermitsPerMinute + 2; i++)
        {
            using var reader = limited.Host.CreateClient();
            reader.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await reader.PostAsync(CommentApi.CommentsPath(slug), HttpExtensions.JsonContent(CommentApi.Comment($"تعليق رقم {i} من عنوان مزعوم")));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Accepted or HttpStatusCode.TooManyRequests, s.ToString()));
    }
}
