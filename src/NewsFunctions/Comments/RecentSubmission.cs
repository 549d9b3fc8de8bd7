namespace NewsFunctions.Comments;

public sealed record RecentSubmission(string CommentId, DateTimeOffset At);
