using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Http;
using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;

namespace NewsFunctions.IntegrationTests.Counters;

// The status counters on real Azurite stay exact whatever repeats, races or fails: every test ends
// comparing them with the statuses stored in the comments themselves.
[Collection(Desk.DeskCollection.Name)]
public sealed class StatusCounterTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>, IAsyncLifetime
{
    private CounterSite site = null!;

    public async Task InitializeAsync() => site = await CounterSite.EmptyAsync(azurite.Tables);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Moderate_SameMessageDeliveredTwiceInTurnAndTwiceAtOnce_CountsOneComment()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.Storage.ConnectionString,
            [SiteKeys.SecretSettingName] = "counter-tests-secret",
        }).Build();
        await using var app = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(settings).AddNewsBackend(settings).BuildServiceProvider();
        await app.GetRequiredService<IArticleStore>().SaveAsync(
            new ArticleDraft("counted-twice", "عنوان", "نص", "محليات", null, [], null, null, null, "ar", CounterSite.Now, CommentsOpen: true), CounterSite.Now, CancellationToken.None);
        var moderator = app.GetRequiredService<AutoModerator>();
        CommentMessage Message(string content) => new(CommentMessage.CurrentVersion, CommentIds.New(DateTimeOffset.UtcNow), "counted-twice", "قارئ",
            $"{Guid.NewGuid():N}@example.com", content, null, null, null, null, DateTimeOffset.UtcNow);
        var (inTurn, atOnce) = (Message("تعليق يصل مرتين واحدة بعد الأخرى"), Message("تعليق يصل مرتين في اللحظة نفسها"));

        await moderator.ModerateAsync(inTurn, CancellationToken.None);
        await moderator.ModerateAsync(inTurn, CancellationToken.None);
        await Task.WhenAll(Task.Run(() => moderator.ModerateAsync(atOnce, CancellationToken.None)), Task.Run(() => moderator.ModerateAsync(atOnce, CancellationToken.None)));

        var counted = await site.CountedAsync();
        Assert.Equal(2, CommentStatuses.All.Sum(counted.Of));
        Assert.Equal(await site.StoredAsync(), counted);
    }

    [Fact]
    public async Task Sync_SameCommentsRepeatedAtOnceOnTwoInstances_CountsEachOnce()
    {
        var comments = (await site.AddAsync(30, CommentStatuses.Approved)).Concat(await site.AddAsync(12, CommentStatuses.Pending)).ToList();
        var (one, two) = (site.Counter(), site.Counter());

        await Task.WhenAll(comments.Concat(comments).Concat(comments.Take(10)).Select((c, i) => Task.Run(() =>
            (i % 2 == 0 ? one : two).SyncAsync(c.Id, CancellationToken.None))));

        Assert.Equal(new StatusCounts(Pending: 12, Approved: 30, Spam: 0, Rejected: 0, Deleted: 0), await site.CountedAsync());
    }

    [Fact]
    public async Task ChangeStatus_TwoModeratorsOnTheSameAndOnDifferentComments_CountsMatchTheStoredStatuses()
    {
        var comments = await site.AddAsync(16, CommentStatuses.Pending);
        var (one, two) = (site.Counter(), site.Counter());
        await Task.WhenAll(comments.Select(c => one.SyncAsync(c.Id, CancellationToken.None)));
        var (first, second) = (site.Moderators(one), site.Moderators(two));

        // Each comment: two moderators who saw the same version decide at the same moment, on two instances.
        var outcomes = await Task.WhenAll(comments.Select(async (c, i) =>
        {
            var etag = ETags.FromStorage(c.ETag);
            var answers = await Task.WhenAll(
                Task.Run(() => first.ChangeStatusAsync(c.Id, CommentStatuses.Approved, "approve", etag, "huda", CancellationToken.None)),
                Task.Run(() => second.ChangeStatusAsync(c.Id, i % 2 == 0 ? CommentStatuses.Spam : CommentStatuses.Rejected, "reject", etag, "omar", CancellationToken.None)));
            return answers.Count(a => a.Outcome == ChangeOutcome.Changed);
        }));

        // Then eight of them change twice more, each change on the other instance from the one before.
        await Task.WhenAll(comments.Select(async (c, i) =>
        {
            var current = (await site.Comments.GetAsync(c.Id, CancellationToken.None))!;
            var changed = await (i % 2 == 0 ? second : first).ChangeStatusAsync(c.Id, CommentStatuses.Pending, "back", ETags.FromStorage(current.ETag), "omar", CancellationToken.None);
            await (i % 2 == 0 ? first : second).ChangeStatusAsync(c.Id, CommentStatuses.Deleted, "withdrawn", ETags.FromStorage(changed.Comment!.ETag), "reader", CancellationToken.None);
        }).Take(8));

        Assert.All(outcomes, changed => Assert.Equal(1, changed));
        Assert.Equal(await site.StoredAsync(), await site.CountedAsync());
        Assert.Equal(8, (await site.CountedAsync()).Deleted);
    }

    [Fact]
    public async Task ChangeStatus_TransactionFailsAfterTheStatusChanged_LeavesMarkerAndCountsAsTheyWereUntilTheRetry()
    {
        var comment = Assert.Single(await site.AddAsync(1, CommentStatuses.Pending));
        await site.Counter().SyncAsync(comment.Id, CancellationToken.None);
        var fault = new FailingTransactions();
        var shard = CounterShards.Of(comment.Id);
        var before = await site.ShardAsync(shard);

        // The crash between the status change (the commit point) and the counter's transaction.
        var failing = site.Moderators(site.Counter(fault.Tables(azurite.Storage.ConnectionString)));
        await Assert.ThrowsAsync<RequestFailedException>(() =>
            failing.ChangeStatusAsync(comment.Id, CommentStatuses.Spam, "spam", ETags.FromStorage(comment.ETag), "huda", CancellationToken.None));
        var stored = (await site.Comments.GetAsync(comment.Id, CancellationToken.None))!;
        var (markerAfterFault, shardAfterFault) = (await site.MarkerAsync(comment.Id), await site.ShardAsync(shard));

        // The moderator's retry: the new version to the same status.
        await site.Moderators(site.Counter()).ChangeStatusAsync(comment.Id, CommentStatuses.Spam, "spam", ETags.FromStorage(stored.ETag), "huda", CancellationToken.None);

        Assert.Equal(CommentStatuses.Spam, stored.Status);
        Assert.Equal(CommentStatuses.Pending, markerAfterFault);
        Assert.Equal((before.Counts, before.ETag), (shardAfterFault.Counts, shardAfterFault.ETag));
        Assert.Equal(CommentStatuses.Spam, await site.MarkerAsync(comment.Id));
        Assert.Equal(new StatusCounts(Pending: 0, Approved: 0, Spam: 1, Rejected: 0, Deleted: 0), await site.CountedAsync());
    }

    [Fact]
    public async Task Reconcile_AfterACrashBetweenStatusChangeAndCounterThatNobodyRetries_CountsTheStoredStatus()
    {
        var comments = await site.AddAsync(5, CommentStatuses.Pending);
        var counter = site.Counter();
        await Task.WhenAll(comments.Select(c => counter.SyncAsync(c.Id, CancellationToken.None)));
        var failing = site.Moderators(site.Counter(new FailingTransactions().Tables(azurite.Storage.ConnectionString)));
        await Assert.ThrowsAsync<RequestFailedException>(() =>
            failing.ChangeStatusAsync(comments[2].Id, CommentStatuses.Approved, "approve", ETags.FromStorage(comments[2].ETag), "huda", CancellationToken.None));
        var beforeRun = await site.CountedAsync();

        var run = await site.Reconciler(ReconcileLimits.Default).RunAsync(CancellationToken.None);

        Assert.Equal(new StatusCounts(Pending: 5, Approved: 0, Spam: 0, Rejected: 0, Deleted: 0), beforeRun);
        Assert.Equal(1, run.Repaired);
        Assert.Equal(new StatusCounts(Pending: 4, Approved: 1, Spam: 0, Rejected: 0, Deleted: 0), await site.CountedAsync());
    }
}
