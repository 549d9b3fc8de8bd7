namespace NewsFunctions.Comments;

public sealed record HistoryEntry(DateTimeOffset At, string Action, string By)
{
    // Who decided a comment's first status; any other name is a moderator's.
    public const string SystemActor = "system";
}
