using Azure.Data.Tables;
using NewsFunctions.Articles;
using NewsFunctions.IntegrationTests.Storage;

namespace NewsFunctions.IntegrationTests.Articles;

// The article's commentCount on real Azurite: each comment counted once however often, and in
// whatever mix, the queue function and moderators ask, even when two stores (instances) race.
public sealed class ArticleCountTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private readonly TableServiceClient tables = azurite.Tables;

    [Fact]
    public async Task Count_ConcurrentRepeatsAcrossTwoInstances_CountsEachCommentOnce()
    {
        var (one, two) = (Instance(), Instance());
        await one.Store.SaveAsync(Draft("count-repeats"), Now, CancellationToken.None);
        var ids = Enumerable.Range(0, 40).Select(i => $"c{i:D2}").ToList();

        await Task.WhenAll(ids.Concat(ids).Concat(ids.Take(10)).Select((id, i) => Task.Run(() =>
            (i % 2 == 0 ? one : two).Counter.SetCountedAsync("count-repeats", id, counted: true, CancellationToken.None))));

        Assert.Equal(40, await CountOf("count-repeats"));
    }

    [Fact]
    public async Task Count_BatchHoldingAnAlreadyCountedComment_CountsOnlyTheNewOnes()
    {
        var store = Instance();
        await store.Store.SaveAsync(Draft("count-mixed"), Now, CancellationToken.None);
        await store.Counter.SetCountedAsync("count-mixed", "c05", counted: true, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => store.Counter.SetCountedAsync("count-mixed", $"c{i:D2}", counted: true, CancellationToken.None)));

        Assert.Equal(10, await CountOf("count-mixed"));
    }

    [Fact]
    public async Task CountAndUncount_LargeBatchesOfChangesAlreadyMade_AllSucceedWithoutCountingTwice()
    {
        var store = Instance();
        await store.Store.SaveAsync(Draft("count-settled"), Now, CancellationToken.None);
        var counted = Enumerable.Range(0, 60).Select(i => $"c{i:D2}").ToList();
        await Task.WhenAll(counted.Select(id => store.Counter.SetCountedAsync("count-settled", id, counted: true, CancellationToken.None)));

        // A moderator rejecting many never-approved comments at once, and a burst of redeliveries.
        await Task.WhenAll(Enumerable.Range(0, 45).Select(i => store.Counter.SetCountedAsync("count-settled", $"never{i:D2}", counted: false, CancellationToken.None))
            .Concat(counted.Select(id => store.Counter.SetCountedAsync("count-settled", id, counted: true, CancellationToken.None))));

        Assert.Equal(60, await CountOf("count-settled"));
    }

    [Fact]
    public async Task Uncount_CountedAndNeverCountedComments_RemovesOnlyTheCountedOnes()
    {
        var store = Instance();
        await store.Store.SaveAsync(Draft("count-down"), Now, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => store.Counter.SetCountedAsync("count-down", $"c{i:D2}", counted: true, CancellationToken.None)));

        await Task.WhenAll(new[] { "c01", "c03", "never", "c01" }.Select(id => store.Counter.SetCountedAsync("count-down", id, counted: false, CancellationToken.None)));

        Assert.Equal(4, await CountOf("count-down"));
    }

    [Fact]
    public async Task Count_AfterAnotherInstanceEditedTheArticle_KeepsTheEditAndCountsOn()
    {
        var (one, two) = (Instance(), Instance());
        await one.Store.SaveAsync(Draft("count-edited"), Now, CancellationToken.None);
        await one.Counter.SetCountedAsync("count-edited", "c01", counted: true, CancellationToken.None);

        await two.Store.SaveAsync(Draft("count-edited") with { Title = "عنوان معدل" }, Now, CancellationToken.None);
        await two.Counter.SetCountedAsync("count-edited", "c02", counted: true, CancellationToken.None);
        await one.Counter.SetCountedAsync("count-edited", "c03", counted: true, CancellationToken.None);

        var article = await Instance().Store.GetAsync("count-edited", CancellationToken.None);
        Assert.Equal("عنوان معدل", article!.Draft.Title);
        Assert.Equal(3, article.CommentCount);
    }

    [Fact]
    public async Task Count_OnOneArticle_KeepsTheOtherArticlesCached()
    {
        var requests = new RequestLog();
        var store = Instance(requests.Tables(azurite.Storage.ConnectionString), new FrozenClock(Now));
        await store.Store.SaveAsync(Draft("count-cached-a"), Now, CancellationToken.None);
        await store.Store.SaveAsync(Draft("count-cached-b"), Now, CancellationToken.None);
        await store.Store.GetAsync("count-cached-a", CancellationToken.None);
        await store.Store.GetAsync("count-cached-b", CancellationToken.None);
        var before = requests.CountOf("GET", "count-cached-a");

        await store.Counter.SetCountedAsync("count-cached-b", "c01", counted: true, CancellationToken.None);
        await store.Store.GetAsync("count-cached-a", CancellationToken.None);
        var b = await store.Store.GetAsync("count-cached-b", CancellationToken.None);

        Assert.Equal(before, requests.CountOf("GET", "count-cached-a"));
        Assert.Equal(1, b!.CommentCount);
    }

    [Fact]
    public async Task Count_OnACachedArticle_GivesTheCacheTheCountAndETagAReadWouldGive()
    {
        var requests = new RequestLog();
        var store = Instance(requests.Tables(azurite.Storage.ConnectionString), new FrozenClock(Now));
        await store.Store.SaveAsync(Draft("count-in-cache"), Now, CancellationToken.None);
        await store.Store.GetAsync("count-in-cache", CancellationToken.None);

        await store.Counter.SetCountedAsync("count-in-cache", "c01", counted: true, CancellationToken.None);
        var reads = requests.CountOf("GET", "count-in-cache");
        var cached = await store.Store.GetAsync("count-in-cache", CancellationToken.None);
        var fresh = await Instance().Store.GetAsync("count-in-cache", CancellationToken.None);

        Assert.Equal(reads, requests.CountOf("GET", "count-in-cache"));
        Assert.Equal((fresh!.CommentCount, fresh.ETag), (cached!.CommentCount, cached.ETag));
        Assert.Equal(1, cached.CommentCount);
    }

    private async Task<int> CountOf(string slug) => (await Instance().Store.GetAsync(slug, CancellationToken.None))!.CommentCount;

    // One instance of the app: its store and its counter share one article cache.
    private (ArticleStore Store, CommentCounter Counter) Instance(TableServiceClient? through = null, TimeProvider? clock = null)
    {
        var cache = new ArticleCache(clock ?? TimeProvider.System);
        return (new ArticleStore(through ?? tables, cache), new CommentCounter(through ?? tables, cache));
    }

    private static ArticleDraft Draft(string slug) => new(slug, "عنوان", "نص", "محليات", null, [], null, null, null, "ar", Now, CommentsOpen: true);
}

// A clock that never moves: what a store caches stays cached however slow the machine is.
internal sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
