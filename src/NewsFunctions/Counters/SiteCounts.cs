namespace NewsFunctions.Counters;

// The site's counts by status, and the time by which every counter had last been checked against
// the comments themselves (null until the reconciler has finished once).
public sealed record SiteCounts(StatusCounts Counts, DateTimeOffset? ReconciledAt);
