using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;

namespace NewsFunctions.IntegrationTests.Moderation;

// The store alone on real Azurite: the order guarantees docs/EXACTLY-ONCE.md gives for W3b.
public sealed class NearDuplicateStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly NearDuplicateStore store = new(azurite.Tables);

    [Fact]
    public async Task Record_RedeliveredAfterLaterAuthors_CountsWhatTheFirstDeliverySaw()
    {
        var first = await store.RecordAndCountOtherAuthorsAsync("f1", "alice", At, Day, CancellationToken.None);
        var second = await store.RecordAndCountOtherAuthorsAsync("f1", "bob", At.AddMinutes(1), Day, CancellationToken.None);
        var third = await store.RecordAndCountOtherAuthorsAsync("f1", "carol", At.AddMinutes(2), Day, CancellationToken.None);
        var secondAgain = await store.RecordAndCountOtherAuthorsAsync("f1", "bob", At.AddMinutes(1), Day, CancellationToken.None);
        var firstAgain = await store.RecordAndCountOtherAuthorsAsync("f1", "alice", At, Day, CancellationToken.None);

        Assert.Equal([0, 1, 2, 1, 0], new[] { first, second, third, secondAgain, firstAgain });
    }

    [Fact]
    public async Task Record_SameAuthorAgainOrOtherTextOrOutsideTheWindow_DoesNotCount()
    {
        await store.RecordAndCountOtherAuthorsAsync("f2", "alice", At, Day, CancellationToken.None);
        await store.RecordAndCountOtherAuthorsAsync("other", "bob", At, Day, CancellationToken.None);

        var sameAuthor = await store.RecordAndCountOtherAuthorsAsync("f2", "alice", At.AddHours(1), Day, CancellationToken.None);
        var dayLater = await store.RecordAndCountOtherAuthorsAsync("f2", "dave", At.AddHours(1) + Day + TimeSpan.FromMinutes(1), Day, CancellationToken.None);
        var withinDay = await store.RecordAndCountOtherAuthorsAsync("f2", "erin", At.AddHours(2), Day, CancellationToken.None);

        Assert.Equal(0, sameAuthor);
        Assert.Equal(0, dayLater);
        Assert.Equal(1, withinDay);
    }

    [Fact]
    public async Task Record_ManyAuthorsAtTheSameMoment_NoneIsLost()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            store.RecordAndCountOtherAuthorsAsync("f3", $"author{i}", At, Day, CancellationToken.None))));

        var later = await store.RecordAndCountOtherAuthorsAsync("f3", "late", At.AddMinutes(1), Day, CancellationToken.None);

        Assert.Equal(12, later);
        Assert.Equal(Enumerable.Range(0, 12), counts.Order());
    }

    [Fact]
    public async Task Record_MoreAuthorsThanKept_TheOldestGiveWay()
    {
        for (var i = 0; i < NearDuplicateStore.MaxAuthors + 5; i++)
        {
            await store.RecordAndCountOtherAuthorsAsync("f4", $"author{i}", At.AddSeconds(i), Day, CancellationToken.None);
        }

        // The newest author's redelivery counts the others up to its time: authors 5 to 53 are
        // kept, 0 to 4 gave way. Keeping them all would count 54 (capped at 50); dropping the
        // newest instead would count 50.
        var newestAgain = await store.RecordAndCountOtherAuthorsAsync("f4", $"author{NearDuplicateStore.MaxAuthors + 4}", At.AddSeconds(NearDuplicateStore.MaxAuthors + 4), Day, CancellationToken.None);

        Assert.Equal(NearDuplicateStore.MaxAuthors - 1, newestAgain);
    }

    [Fact]
    public async Task Record_ACampaignOfAHundredAtOnce_CountsAsIfOneAfterAnother()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() =>
            store.RecordAndCountOtherAuthorsAsync("f5", $"author{i}", At, Day, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(0, 100).Select(i => Math.Min(i, NearDuplicateStore.MaxAuthors)), counts.Order());
    }

    [Fact]
    public async Task Record_TwoInstancesAtOnce_LoseNoAuthor()
    {
        var other = new NearDuplicateStore(azurite.Tables);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store : other).RecordAndCountOtherAuthorsAsync("f6", $"author{i}", At, Day, CancellationToken.None))));
        var later = await store.RecordAndCountOtherAuthorsAsync("f6", "late", At.AddMinutes(1), Day, CancellationToken.None);

        Assert.Equal(40, later);
    }
}
