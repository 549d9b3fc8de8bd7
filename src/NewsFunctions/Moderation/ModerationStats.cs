namespace NewsFunctions.Moderation;

public sealed record ModerationStats(int Pending, int Approved, int Spam, int Rejected, int Queued, int Poison);
