using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;

namespace NewsFunctions.IntegrationTests.Moderation;

// The durable flood rows and the duplicate rows beside them on real Azurite (docs/EXACTLY-ONCE.md,
// W1 and W2): inserted on a reader's first comment, then swapped, and the same answer again for a
// redelivered message.
public sealed class ReaderClaimStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private readonly ReaderClaimStore store = new(azurite.Tables);

    [Fact]
    public async Task Swap_RedeliveredMessages_LeadToTheSameFloodDecisionAsTheirFirstDelivery()
    {
        var first = await store.SwapLatestSubmissionAsync("e-reader", "c1", At, CancellationToken.None);
        var second = await store.SwapLatestSubmissionAsync("e-reader", "c2", At.AddSeconds(5), CancellationToken.None);
        var firstAgain = await store.SwapLatestSubmissionAsync("e-reader", "c1", At, CancellationToken.None);
        var secondAgain = await store.SwapLatestSubmissionAsync("e-reader", "c2", At.AddSeconds(5), CancellationToken.None);

        Assert.Null(first);
        Assert.Equal(new RecentSubmission("c1", At), second);
        Assert.Equal(second, secondAgain);

        // c1's redelivery meets c2, which came after it: a later comment is never a flood of an earlier one.
        Assert.Equal(new RecentSubmission("c2", At.AddSeconds(5)), firstAgain);
        Assert.Null(ModerationRules.FloodReasonFor(firstAgain, At, floodSeconds: 15));
        Assert.NotNull(ModerationRules.FloodReasonFor(secondAgain, At.AddSeconds(5), floodSeconds: 15));
    }

    [Fact]
    public async Task Swap_OlderMessageArrivingLater_DoesNotReplaceTheNewer()
    {
        await store.SwapLatestSubmissionAsync("e-late", "new", At.AddSeconds(30), CancellationToken.None);

        var old = await store.SwapLatestSubmissionAsync("e-late", "old", At, CancellationToken.None);
        var next = await store.SwapLatestSubmissionAsync("e-late", "next", At.AddSeconds(40), CancellationToken.None);

        Assert.Equal(new RecentSubmission("new", At.AddSeconds(30)), old);
        Assert.Equal(new RecentSubmission("new", At.AddSeconds(30)), next);
    }

    [Fact]
    public async Task ClaimAsReader_FirstComment_TakesOneRequestAndARedeliveryGetsTheSameAnswer()
    {
        var requests = new RequestLog();
        var counted = new ReaderClaimStore(requests.Tables(azurite.Storage.ConnectionString));

        var first = await counted.ClaimAsReaderAsync("e-first", "dup-a", "c1", At, CancellationToken.None);
        var requestsForFirst = requests.Count;
        var again = await counted.ClaimAsReaderAsync("e-first", "dup-a", "c1", At, CancellationToken.None);

        Assert.Equal(new ReaderClaim("c1", null), first);
        Assert.Equal(1, requestsForFirst);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task ClaimAsReader_ReturningReader_GetsThePreviousSubmissionAndDuplicatesTheirOwnText()
    {
        var requests = new RequestLog();
        var counted = new ReaderClaimStore(requests.Tables(azurite.Storage.ConnectionString));
        await counted.ClaimAsReaderAsync("e-back", "dup-a", "c1", At, CancellationToken.None);

        var before = requests.Count;
        var second = await counted.ClaimAsReaderAsync("e-back", "dup-b", "c2", At.AddSeconds(5), CancellationToken.None);
        var requestsForSecond = requests.Count - before;
        var secondAgain = await store.ClaimAsReaderAsync("e-back", "dup-b", "c2", At.AddSeconds(5), CancellationToken.None);
        var sameTextAgain = await store.ClaimAsReaderAsync("e-back", "dup-a", "c3", At.AddSeconds(60), CancellationToken.None);
        var firstAgain = await store.ClaimAsReaderAsync("e-back", "dup-a", "c1", At, CancellationToken.None);

        Assert.Equal(new ReaderClaim("c2", new RecentSubmission("c1", At)), second);

        // The transaction that finds the latest row, its read, and the transaction that writes both.
        Assert.Equal(3, requestsForSecond);
        Assert.Equal(second, secondAgain);
        Assert.Equal(new ReaderClaim("c1", new RecentSubmission("c2", At.AddSeconds(5))), sameTextAgain);

        // c1's redelivery owns its text still, and meets c3, which came after it: never a flood.
        Assert.Equal("c1", firstAgain.DuplicateOwner);
        Assert.Equal(new RecentSubmission("c3", At.AddSeconds(60)), firstAgain.Previous);
    }

    [Fact]
    public async Task ClaimAsReader_OlderCommentArrivingLater_OwnsItsTextAndLeavesTheNewerLatestFromOneRead()
    {
        var requests = new RequestLog();
        var counted = new ReaderClaimStore(requests.Tables(azurite.Storage.ConnectionString));
        await counted.ClaimAsReaderAsync("e-out-of-order", "dup-new", "new", At.AddSeconds(30), CancellationToken.None);

        var before = requests.Count;
        var old = await counted.ClaimAsReaderAsync("e-out-of-order", "dup-old", "old", At, CancellationToken.None);
        var requestsForOld = requests.Count - before;
        var next = await counted.ClaimAsReaderAsync("e-out-of-order", "dup-next", "next", At.AddSeconds(40), CancellationToken.None);

        Assert.Equal(new ReaderClaim("old", new RecentSubmission("new", At.AddSeconds(30))), old);
        Assert.Equal(new RecentSubmission("new", At.AddSeconds(30)), next.Previous);

        // The transaction that finds the latest row, its read, and the insert of the duplicate row.
        Assert.Equal(3, requestsForOld);
    }

    [Fact]
    public async Task ClaimAsReader_ManyCommentsOfOneReaderAtOnce_EachTextOwnedOnceAndEveryCommentRecorded()
    {
        var ids = Enumerable.Range(0, 12).Select(i => $"c{i:D2}").ToList();

        // Two texts, six comments each, all from one reader at the same moment.
        var claims = await Task.WhenAll(ids.Select((id, i) =>
            store.ClaimAsReaderAsync("e-burst", "dup-" + (i % 2), id, At.AddMilliseconds(i), CancellationToken.None)));

        Assert.Equal(2, claims.Where((c, i) => c.DuplicateOwner == ids[i]).Count());
        Assert.Single(claims.Select(c => c.DuplicateOwner).Where((owner, i) => i % 2 == 0).Distinct());
        Assert.Single(claims.Select(c => c.DuplicateOwner).Where((owner, i) => i % 2 == 1).Distinct());

        // The latest row names one of them, and a later comment of the reader finds it.
        var next = await store.ClaimAsReaderAsync("e-burst", "dup-next", "c99", At.AddSeconds(1), CancellationToken.None);
        Assert.Contains(next.Previous!.CommentId, ids);
    }

    [Fact]
    public async Task ReadEarlierClaims_ReaderKeyFromBeforeARotation_GivesItsRowsInOneRequestAndWritesNothing()
    {
        await store.ClaimAsReaderAsync("e-old-key", "dup-old", "c1", At, CancellationToken.None);
        await store.RecordApprovedAsync("e-old-key", At.AddSeconds(1), CancellationToken.None);
        var requests = new RequestLog();
        var counted = new ReaderClaimStore(requests.Tables(azurite.Storage.ConnectionString));

        var same = await counted.ReadEarlierClaimsAsync("e-old-key", "dup-old", CancellationToken.None);
        var other = await counted.ReadEarlierClaimsAsync("e-old-key", "dup-other", CancellationToken.None);
        var unknown = await counted.ReadEarlierClaimsAsync("e-never-seen", "dup-old", CancellationToken.None);

        Assert.Equal(new EarlierClaims("c1", new RecentSubmission("c1", At), At.AddSeconds(1)), same);
        Assert.Equal(same with { DuplicateOwner = null }, other);
        Assert.Equal(EarlierClaims.None, unknown);
        Assert.Equal(3, requests.Count);
    }
}
