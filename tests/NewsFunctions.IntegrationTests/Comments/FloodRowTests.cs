using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;

namespace NewsFunctions.IntegrationTests.Comments;

// The durable flood rows on real Azurite (docs/EXACTLY-ONCE.md, W2 and W3): inserted on a reader's
// first comment, then swapped, and the same answer again for a redelivered message.
public sealed class FloodRowTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private readonly CommentStore store = new(azurite.Tables);

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
}
