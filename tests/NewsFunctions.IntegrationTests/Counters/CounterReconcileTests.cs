using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.IntegrationTests.Storage;

namespace NewsFunctions.IntegrationTests.Counters;

// The reconciler repairs what no transaction would, a bounded piece per run; and reading the
// counters costs the same whatever the site holds.
[Collection(Desk.DeskCollection.Name)]
public sealed class CounterReconcileTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>, IAsyncLifetime
{
    private static readonly ReconcileLimits Small = new(PageSize: 10, WalkPages: 2, RecountPages: 1);

    private CounterSite site = null!;

    public async Task InitializeAsync() => site = await CounterSite.EmptyAsync(azurite.Tables);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reconcile_CountsSetWrongOnPurpose_AreRepairedOverRunsOfBoundedCost()
    {
        var comments = (await site.AddAsync(60, CommentStatuses.Approved)).Concat(await site.AddAsync(20, CommentStatuses.Spam)).ToList();
        var counter = site.Counter();
        await Task.WhenAll(comments.Select(c => counter.SyncAsync(c.Id, CancellationToken.None)));
        var wrongShard = CounterShards.Of(comments[0].Id);
        await site.SetWrongAsync(wrongShard, CommentStatuses.Approved, 999);
        await site.SetWrongAsync(CounterShards.Of(comments.First(c => CounterShards.Of(c.Id) != wrongShard).Id), CommentStatuses.Rejected, -4);
        var wrong = await site.CountedAsync();

        // Runs until the site reads as reconciled, with a comment arriving mid-way through.
        var requests = new RequestLog();
        var reconciler = site.Reconciler(Small, requests.Tables(azurite.Storage.ConnectionString));
        var (runs, mostRequests, repairedShards) = (0, 0, 0);
        while ((await counter.ReadAsync(CancellationToken.None)).ReconciledAt is null && runs < 20)
        {
            var before = requests.Count;
            repairedShards += (await reconciler.RunAsync(CancellationToken.None)).ShardsRepaired;
            (runs, mostRequests) = (runs + 1, Math.Max(mostRequests, requests.Count - before));
            if (runs == 1)
            {
                var late = Assert.Single(await site.AddAsync(1, CommentStatuses.Pending));
                await counter.SyncAsync(late.Id, CancellationToken.None);
            }
        }

        Assert.NotEqual(await site.StoredAsync(), wrong);
        Assert.InRange(runs, 2, 19);
        Assert.Equal(2, repairedShards);
        Assert.Equal(await site.StoredAsync(), await site.CountedAsync());

        // A walk page: the comments, a range read per shard and the walk's row; a recount page per
        // shard: the counts row, the markers and the conditional write.
        Assert.InRange(mostRequests, 1, (Small.WalkPages * (2 + CounterShards.Count)) + 1 + (CounterShards.Count * 3 * Small.RecountPages));
    }

    [Fact]
    public async Task Reconcile_MarkerMissingAndMarkerOfTheWrongStatus_MakesBothAgreeWithTheComments()
    {
        var comments = await site.AddAsync(12, CommentStatuses.Pending);
        var counter = site.Counter();
        await Task.WhenAll(comments.Skip(1).Select(c => counter.SyncAsync(c.Id, CancellationToken.None)));
        await site.Comments.UpdateAsync(comments[5] with { Status = CommentStatuses.Rejected }, comments[5].ETag, CancellationToken.None);

        var run = await site.Reconciler(ReconcileLimits.Default).RunAsync(CancellationToken.None);

        Assert.Equal((12, 2, true), (run.Checked, run.Repaired, run.WalkEnded));
        Assert.Equal(CommentStatuses.Pending, await site.MarkerAsync(comments[0].Id));
        Assert.Equal(CommentStatuses.Rejected, await site.MarkerAsync(comments[5].Id));
        Assert.Equal(new StatusCounts(Pending: 11, Approved: 0, Spam: 0, Rejected: 1, Deleted: 0), await site.CountedAsync());
        Assert.NotNull((await counter.ReadAsync(CancellationToken.None)).ReconciledAt);
    }

    [Fact]
    public async Task Read_TenCommentsAndOverAPageOfThem_CostsTheSameRequests()
    {
        // 1,200 comments are more than a page of keys (1,000): a scan of them would read two pages.
        var counter = site.Counter();
        var requests = new RequestLog();
        var reader = site.Counter(requests.Tables(azurite.Storage.ConnectionString));
        foreach (var c in await site.AddAsync(10, CommentStatuses.Approved))
        {
            await counter.SyncAsync(c.Id, CancellationToken.None);
        }

        await reader.ReadAsync(CancellationToken.None);
        var small = requests.Count;
        await Task.WhenAll((await site.AddAsync(1190, CommentStatuses.Pending)).Select(c => counter.SyncAsync(c.Id, CancellationToken.None)));
        var read = await reader.ReadAsync(CancellationToken.None);
        var large = requests.Count - small;

        Assert.Equal(new StatusCounts(Pending: 1190, Approved: 10, Spam: 0, Rejected: 0, Deleted: 0), read.Counts);
        Assert.Equal(CounterShards.Count + 1, small);
        Assert.Equal(small, large);
    }
}
