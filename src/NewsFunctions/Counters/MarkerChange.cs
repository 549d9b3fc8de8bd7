namespace NewsFunctions.Counters;

// A comment's marker moving from the status it is counted under to the one it has now; null is
// "no marker" (not counted yet, or the comment is gone).
public sealed record MarkerChange(string CommentId, string? From, string? To);
