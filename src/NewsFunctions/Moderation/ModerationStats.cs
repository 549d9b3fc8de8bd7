namespace NewsFunctions.Moderation;

public sealed record ModerationStats(int Pending, int Approved, int Spam, int Rejected, int Deleted, int Queued, int Poison, DateTimeOffset? ReconciledAt);
