using NewsFunctions.Http;

namespace NewsFunctions.Reports;

// Readers' reports, decided without I/O: what a report may say, and when the reports a comment has
// gathered send it back to a moderator.
public static class ReportRules
{
    // In the order a tie between reasons is named in: the gravest first.
    private static readonly string[] ReasonOrder = ["spam", "abuse", "off-topic", "other"];

    public static IReadOnlyList<string> Reasons => ReasonOrder;

    public const int MaxNoteLength = 500;

    // A reason and a note are small; 8 KiB leaves room for a note sent as \uXXXX escapes.
    public const int MaxRequestBytes = 8 * 1024;

    public static (string? Reason, string? Note, Dictionary<string, string[]> Errors) Validate(ReportInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var reason = input.Reason?.Trim().ToLowerInvariant();
        if (reason is null || !Reasons.Contains(reason))
        {
            errors["reason"] = [$"reason must be one of: {string.Join(", ", Reasons)}."];
        }

        var note = FieldRules.Optional(input.Note, "note", MaxNoteLength, errors);
        return errors.Count > 0 ? (null, null, errors) : (reason, note, errors);
    }

    // `reasons` holds one reason per distinct reporting address. A comment goes back when
    // `threshold` more addresses reported it than had when it last went back (`counted`), so a
    // moderator who approves it again is not overruled by the same reporters' next click.
    public static string? SendBackReason(IReadOnlyList<string> reasons, int counted, int threshold)
    {
        if (reasons.Count < counted + threshold)
        {
            return null;
        }

        var commonest = reasons
            .GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => Array.IndexOf(ReasonOrder, g.Key))
            .First().Key;
        return $"reported by {reasons.Count} readers: {commonest}";
    }
}
