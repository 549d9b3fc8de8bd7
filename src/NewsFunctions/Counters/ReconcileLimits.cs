namespace NewsFunctions.Counters;

// What one run of the reconciler may read: `WalkPages` pages of comments and `RecountPages` pages of
// each shard's markers, `PageSize` rows each. The defaults check 20,000 comments and recount 24,000
// markers an hour in about 270 requests (and the syncs of what they repair), so a million comments
// take two days to walk through and no run grows with the site.
public sealed record ReconcileLimits(int PageSize, int WalkPages, int RecountPages)
{
    public static readonly ReconcileLimits Default = new(PageSize: 1000, WalkPages: 20, RecountPages: 3);
}
