namespace NewsFunctions.Spam;

public sealed record SpamRules(int MaxLinks, IReadOnlyList<string> BannedWords, IReadOnlyList<string> SuspectWords);

public sealed record CommentText(string Author, string Content, string? Website, string? Honeypot);

// Suspect means "hold for a moderator" (status pending); Spam is never shown.
public enum SpamLevel { Clean, Suspect, Spam }

public sealed record SpamVerdict(SpamLevel Level, double Score, IReadOnlyList<string> Reasons);

// Filled in by the pipeline, which has the storage to know who posted the same fingerprint recently.
public sealed record RecentActivity(int OtherAuthorsWithSameText)
{
    public static RecentActivity None { get; } = new(0);
}
