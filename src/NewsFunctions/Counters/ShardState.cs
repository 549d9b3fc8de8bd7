namespace NewsFunctions.Counters;

// One shard's counts row. Besides the counts it carries a recount in progress: `Recounted` holds
// the tally of the markers up to `RecountAfter` (the last marker key the recount read). Transactions
// that change a marker the recount has passed change that tally too, so when the recount reaches the
// shard's last marker, `Recounted` is what the counts should be, however long the recount took and
// however busy the shard was. ETag null: the row does not exist yet.
public sealed record ShardState(StatusCounts Counts, string RecountAfter, StatusCounts Recounted, DateTimeOffset? RecountedAt, string? ETag)
{
    public static readonly ShardState Empty = new(StatusCounts.Zero, "", StatusCounts.Zero, null, null);

    public ShardState Apply(IEnumerable<MarkerChange> changes)
    {
        var (counts, recounted) = (Counts, Recounted);
        foreach (var change in changes)
        {
            counts = counts.Add(change.From, -1).Add(change.To, 1);
            if (IsRecounted(CounterShards.MarkerKey(change.CommentId)))
            {
                recounted = recounted.Add(change.From, -1).Add(change.To, 1);
            }
        }

        return this with { Counts = counts, Recounted = recounted };
    }

    // The next page of markers read by the recount, in key order. The last page ends the recount:
    // its tally replaces the counts (repairing them if they were wrong) and the next recount starts.
    public ShardState AfterRecountPage(IReadOnlyList<(string MarkerKey, string Status)> page, bool hasMore, DateTimeOffset now)
    {
        var recounted = Recounted.Plus(StatusCounts.Tally(page.Select(m => m.Status)));
        return hasMore && page.Count > 0
            ? this with { Recounted = recounted, RecountAfter = page[^1].MarkerKey }
            : this with { Counts = recounted, Recounted = StatusCounts.Zero, RecountAfter = "", RecountedAt = now };
    }

    private bool IsRecounted(string markerKey) => RecountAfter.Length > 0 && string.CompareOrdinal(markerKey, RecountAfter) <= 0;
}
