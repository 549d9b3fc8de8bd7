namespace NewsFunctions.Comments;

public sealed record HistoryEntry(DateTimeOffset At, string Action, string By);
