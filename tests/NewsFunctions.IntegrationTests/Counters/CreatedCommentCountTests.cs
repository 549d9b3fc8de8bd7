using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Http;
using NewsFunctions.IntegrationTests.Storage;

namespace NewsFunctions.IntegrationTests.Counters;

// A comment the queue function has just created is counted under the status it was created with,
// without reading it; a moderator's change racing that count still ends counted as stored.
[Collection(Desk.DeskCollection.Name)]
public sealed class CreatedCommentCountTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>, IAsyncLifetime
{
    private CounterSite site = null!;

    public async Task InitializeAsync() => site = await CounterSite.EmptyAsync(azurite.Tables);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SyncCreated_NewComments_CountsThemWithoutReadingThem()
    {
        var comments = await site.AddAsync(6, CommentStatuses.Approved);
        var log = new RequestLog();

        await Task.WhenAll(comments.Select(c => site.Counter(log.Tables(azurite.Storage.ConnectionString)).SyncCreatedAsync(c.Id, c.Status, CancellationToken.None)));

        Assert.Equal(0, log.CountOf("GET", "/comments"));
        Assert.Equal(new StatusCounts(Pending: 0, Approved: 6, Spam: 0, Rejected: 0, Deleted: 0), await site.CountedAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SyncCreated_AModeratorChangedTheCommentAndSyncedBeforeOrAfter_CountsTheStoredStatus(bool moderatorFirst)
    {
        var comment = Assert.Single(await site.AddAsync(1, CommentStatuses.Approved));
        var counter = site.Counter();
        var moderators = site.Moderators(site.Counter());

        if (!moderatorFirst)
        {
            await counter.SyncCreatedAsync(comment.Id, CommentStatuses.Approved, CancellationToken.None);
        }

        await moderators.ChangeStatusAsync(comment.Id, CommentStatuses.Spam, "spam", ETags.FromStorage(comment.ETag), "huda", CancellationToken.None);
        if (moderatorFirst)
        {
            await counter.SyncCreatedAsync(comment.Id, CommentStatuses.Approved, CancellationToken.None);
        }

        Assert.Equal(CommentStatuses.Spam, await site.MarkerAsync(comment.Id));
        Assert.Equal(await site.StoredAsync(), await site.CountedAsync());
    }
}
