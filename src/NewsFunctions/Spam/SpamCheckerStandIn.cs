using System.Text.RegularExpressions;

namespace NewsFunctions.Spam;

// A stand-in for the real spam engine (built in parallel): the same public contract with the
// plainest possible rules, so the comment pipeline compiles and runs. Deleted at merge.
public sealed record SpamRules(int MaxLinks, IReadOnlyList<string> BannedWords, IReadOnlyList<string> SuspectWords);

public sealed record CommentText(string Author, string Content, string? Website, string? Honeypot);

public enum SpamLevel { Clean, Suspect, Spam }

public sealed record SpamVerdict(SpamLevel Level, double Score, IReadOnlyList<string> Reasons);

public sealed record RecentActivity(int OtherAuthorsWithSameText);

public sealed class SpamModel
{
}

public static partial class TextFingerprint
{
    public static string Compute(string content) => Whitespace().Replace(content.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

public sealed partial class SpamChecker(SpamRules rules, SpamModel? model = null)
{
    public SpamModel? Model { get; } = model;

    public SpamVerdict Check(CommentText comment) => Check(comment, new RecentActivity(0));

    public SpamVerdict Check(CommentText comment, RecentActivity recent)
    {
        var text = comment.Author + "\n" + comment.Content;
        if (!string.IsNullOrEmpty(comment.Honeypot))
        {
            return new SpamVerdict(SpamLevel.Spam, 1, ["honeypot field filled in"]);
        }

        var banned = rules.BannedWords.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (banned is not null)
        {
            return new SpamVerdict(SpamLevel.Spam, 1, [$"banned word: {banned}"]);
        }

        var reasons = new List<string>();
        var links = Link().Count(comment.Content);
        if (links > rules.MaxLinks)
        {
            reasons.Add($"{links} links, more than {rules.MaxLinks} allowed");
        }

        reasons.AddRange(rules.SuspectWords.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"suspect word: {w}"));
        return reasons.Count == 0
            ? new SpamVerdict(SpamLevel.Clean, 0, [])
            : new SpamVerdict(SpamLevel.Suspect, 0.5, reasons);
    }

    [GeneratedRegex("https?://", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
