namespace NewsFunctions.Spam;

// RuleCategories switches rule-pack categories on or off by name; a category not named is on.
// Pack is the shipped rule pack unless a test or an evaluation gives another.
public sealed record SpamRules(
    int MaxLinks,
    IReadOnlyList<string> BannedWords,
    IReadOnlyList<string> SuspectWords,
    IReadOnlyDictionary<string, bool>? RuleCategories = null,
    RulePack? Pack = null)
{
    public RulePack RulePack => Pack ?? RulePack.Default;

    public bool IsCategoryOn(string name) => RuleCategories?.GetValueOrDefault(name, true) ?? true;
}

public sealed record CommentText(string Author, string Content, string? Website, string? Honeypot);

// Suspect means "hold for a moderator" (status pending); Spam is never shown.
public enum SpamLevel { Clean, Suspect, Spam }

public sealed record SpamVerdict(SpamLevel Level, double Score, IReadOnlyList<string> Reasons);

// Filled in by the pipeline, which has the storage to know who posted the same or a reworded text
// recently, and whether this reader had a comment approved in the last 180 days (TrustedReader).
public sealed record RecentActivity(int OtherAuthorsWithSameText, bool TrustedReader = false)
{
    public static RecentActivity None { get; } = new(0);
}
