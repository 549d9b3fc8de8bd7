namespace NewsFunctions.Moderation;

public sealed record RecentSubmission(string CommentId, DateTimeOffset At);
