namespace NewsFunctions.Moderation;

// What the durable checks keyed by a reader's email found: the comment that owns the duplicate key
// (this one, unless an identical one came first) and the reader's submission before this one.
public sealed record ReaderClaim(string DuplicateOwner, RecentSubmission? Previous);
