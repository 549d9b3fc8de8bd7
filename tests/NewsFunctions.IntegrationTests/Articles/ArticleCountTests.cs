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
        var (one, two) = (new ArticleStore(tables), new ArticleStore(tables));
        await one.SaveAsync(Draft("count-repeats"), Now, CancellationToken.None);
        var ids = Enumerable.Range(0, 40).Select(i => $"c{i:D2}").ToList();

        await Task.WhenAll(ids.Concat(ids).Concat(ids.Take(10)).Select((id, i) => Task.Run(() =>
            (i % 2 == 0 ? one : two).SetCommentCountedAsync("count-repeats", id, counted: true, CancellationToken.None))));

        Assert.Equal(40, await CountOf("count-repeats"));
    }

    [Fact]
    public async Task Count_BatchHoldingAnAlreadyCountedComment_CountsOnlyTheNewOnes()
    {
        var store = new ArticleStore(tables);
        await store.SaveAsync(Draft("count-mixed"), Now, CancellationToken.None);
        await store.SetCommentCountedAsync("count-mixed", "c05", counted: true, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => store.SetCommentCountedAsync("count-mixed", $"c{i:D2}", counted: true, CancellationToken.None)));

        Assert.Equal(10, await CountOf("count-mixed"));
    }

    [Fact]
    public async Task Uncount_CountedAndNeverCountedComments_RemovesOnlyTheCountedOnes()
    {
        var store = new ArticleStore(tables);
        await store.SaveAsync(Draft("count-down"), Now, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => store.SetCommentCountedAsync("count-down", $"c{i:D2}", counted: true, CancellationToken.None)));

        await Task.WhenAll(new[] { "c01", "c03", "never", "c01" }.Select(id => store.SetCommentCountedAsync("count-down", id, counted: false, CancellationToken.None)));

        Assert.Equal(4, await CountOf("count-down"));
    }

    [Fact]
    public async Task Count_AfterAnotherInstanceEditedTheArticle_KeepsTheEditAndCountsOn()
    {
        var (one, two) = (new ArticleStore(tables), new ArticleStore(tables));
        await one.SaveAsync(Draft("count-edited"), Now, CancellationToken.None);
        await one.SetCommentCountedAsync("count-edited", "c01", counted: true, CancellationToken.None);

        await two.SaveAsync(Draft("count-edited") with { Title = "عنوان معدل" }, Now, CancellationToken.None);
        await two.SetCommentCountedAsync("count-edited", "c02", counted: true, CancellationToken.None);
        await one.SetCommentCountedAsync("count-edited", "c03", counted: true, CancellationToken.None);

        var article = await new ArticleStore(tables).GetAsync("count-edited", CancellationToken.None);
        Assert.Equal("عنوان معدل", article!.Draft.Title);
        Assert.Equal(3, article.CommentCount);
    }

    [Fact]
    public async Task Count_OnOneArticle_KeepsTheOtherArticlesCached()
    {
        var requests = new RequestLog();
        var store = new ArticleStore(requests.Tables(azurite.Storage.ConnectionString));
        await store.SaveAsync(Draft("count-cached-a"), Now, CancellationToken.None);
        await store.SaveAsync(Draft("count-cached-b"), Now, CancellationToken.None);
        await store.GetAsync("count-cached-a", CancellationToken.None);
        await store.GetAsync("count-cached-b", CancellationToken.None);
        var before = requests.CountOf("GET", "count-cached-a");

        await store.SetCommentCountedAsync("count-cached-b", "c01", counted: true, CancellationToken.None);
        await store.GetAsync("count-cached-a", CancellationToken.None);
        var b = await store.GetAsync("count-cached-b", CancellationToken.None);

        Assert.Equal(before, requests.CountOf("GET", "count-cached-a"));
        Assert.Equal(1, b!.CommentCount);
    }

    private async Task<int> CountOf(string slug) => (await new ArticleStore(tables).GetAsync(slug, CancellationToken.None))!.CommentCount;

    private static ArticleDraft Draft(string slug) => new(slug, "عنوان", "نص", "محليات", null, [], null, null, null, "ar", Now, CommentsOpen: true);
}
