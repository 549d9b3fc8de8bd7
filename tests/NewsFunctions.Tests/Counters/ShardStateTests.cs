using NewsFunctions.Comments;
using NewsFunctions.Counters;

namespace NewsFunctions.Tests.Counters;

public class ShardStateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-03T10:00:00Z");

    [Fact]
    public void Apply_NewApprovedAndOneMovedFromPendingToSpam_MovesEachCountOnce()
    {
        var state = ShardState.Empty with { Counts = StatusCounts.Zero.Add(CommentStatuses.Pending, 2) };

        var next = state.Apply([new MarkerChange("a1", null, CommentStatuses.Approved), new MarkerChange("a2", CommentStatuses.Pending, CommentStatuses.Spam)]);

        Assert.Equal(new StatusCounts(Pending: 1, Approved: 1, Spam: 1, Rejected: 0, Deleted: 0), next.Counts);
        Assert.Equal(StatusCounts.Zero, next.Recounted);
    }

    [Fact]
    public void Apply_ChangesBehindAndAheadOfARecount_ChangesTheTallyOnlyForMarkersItPassed()
    {
        var state = ShardState.Empty with
        {
            Counts = new StatusCounts(2, 2, 0, 0, 0),
            RecountAfter = CounterShards.MarkerKey("b5"),
            Recounted = new StatusCounts(1, 1, 0, 0, 0),
        };

        var next = state.Apply([new MarkerChange("b3", CommentStatuses.Pending, CommentStatuses.Approved), new MarkerChange("b9", CommentStatuses.Pending, CommentStatuses.Rejected)]);

        Assert.Equal(new StatusCounts(0, 3, 0, 1, 0), next.Counts);
        Assert.Equal(new StatusCounts(0, 2, 0, 0, 0), next.Recounted);
    }

    [Fact]
    public void Apply_CommentGone_UncountsItsMarker()
    {
        var state = ShardState.Empty with { Counts = new StatusCounts(0, 1, 0, 0, 0) };

        var next = state.Apply([new MarkerChange("c1", CommentStatuses.Approved, null)]);

        Assert.Equal(StatusCounts.Zero, next.Counts);
    }

    [Fact]
    public void AfterRecountPage_MorePagesToCome_AddsThePageAndMovesOn()
    {
        var state = ShardState.Empty with { Counts = new StatusCounts(0, 99, 0, 0, 0) };

        var next = state.AfterRecountPage([("m-d1", CommentStatuses.Approved), ("m-d2", CommentStatuses.Spam)], hasMore: true, Now);

        Assert.Equal("m-d2", next.RecountAfter);
        Assert.Equal(new StatusCounts(0, 1, 1, 0, 0), next.Recounted);
        Assert.Equal(state.Counts, next.Counts);
        Assert.Null(next.RecountedAt);
    }

    [Fact]
    public void AfterRecountPage_LastPage_ReplacesWrongCountsWithTheTallyAndStartsOver()
    {
        var state = ShardState.Empty with { Counts = new StatusCounts(0, 99, 0, 0, 0), RecountAfter = "m-d2", Recounted = new StatusCounts(0, 1, 1, 0, 0) };

        var next = state.AfterRecountPage([("m-d3", CommentStatuses.Approved)], hasMore: false, Now);

        Assert.Equal(new StatusCounts(0, 2, 1, 0, 0), next.Counts);
        Assert.Equal("", next.RecountAfter);
        Assert.Equal(StatusCounts.Zero, next.Recounted);
        Assert.Equal(Now, next.RecountedAt);
    }

    [Fact]
    public void Recount_ChangesDuringTheRecount_EndsWithTheMarkersAsTheyAre()
    {
        // Markers e1..e4 pending; the counts were set wrong. A change behind the recount and one
        // ahead of it happen between pages.
        var state = ShardState.Empty with { Counts = new StatusCounts(40, 0, 0, 0, 0) };

        state = state.AfterRecountPage([("m-e1", CommentStatuses.Pending), ("m-e2", CommentStatuses.Pending)], hasMore: true, Now);
        state = state.Apply([new MarkerChange("e1", CommentStatuses.Pending, CommentStatuses.Approved), new MarkerChange("e4", CommentStatuses.Pending, CommentStatuses.Spam)]);
        state = state.AfterRecountPage([("m-e3", CommentStatuses.Pending), ("m-e4", CommentStatuses.Spam)], hasMore: false, Now);

        Assert.Equal(new StatusCounts(Pending: 2, Approved: 1, Spam: 1, Rejected: 0, Deleted: 0), state.Counts);
    }

    [Fact]
    public void Of_IdsEndingInEveryHexDigit_SpreadOverEveryShardAndStayPut()
    {
        var ids = "0123456789abcdef".Select(digit => "0193a8b2c4d5e6f7a8b9c0d1e2f" + digit).ToList();

        var shards = ids.Select(CounterShards.Of).ToList();

        Assert.Equal(Enumerable.Range(0, CounterShards.Count), shards.Distinct().Order());
        Assert.Equal(shards, ids.Select(CounterShards.Of));
    }
}
