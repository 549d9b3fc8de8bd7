using NewsFunctions.Spam;

namespace NewsFunctions.Settings;

public static class ModerationSettingsValidator
{
    public const int MaxWords = 1_000;
    public const int MaxWordLength = 100;

    // Each list is stored as one JSON property, and a Table property holds at most 32K characters.
    public const int MaxListCharacters = 30_000;
    public const int MaxMaxLinks = 100;

    // An hour is already far beyond any sensible flood window; more would lock readers out for good.
    public const int MaxFloodSeconds = 3_600;

    // A day: past it a comment has long been read as it stands, and changing it rewrites history.
    public const int MaxEditWindowSeconds = 86_400;
    public const int MaxReportThreshold = 1_000;

    // A field left out keeps its value in `current` (the defaults when nothing was saved yet), so a
    // console that sends only what it shows cannot reset what it does not know about.
    public static (ModerationSettings? Settings, Dictionary<string, string[]> Errors) Validate(ModerationSettingsInput input, ModerationSettings? current = null)
    {
        var errors = new Dictionary<string, string[]>();
        var defaults = current ?? ModerationSettings.Defaults;
        var mode = input.Mode?.Trim().ToLowerInvariant() ?? defaults.Mode;
        if (mode is not (ModerationModes.Auto or ModerationModes.Pre))
        {
            errors["mode"] = ["mode must be 'auto' or 'pre'."];
        }

        var maxLinks = input.MaxLinks ?? defaults.MaxLinks;
        if (maxLinks is < 0 or > MaxMaxLinks)
        {
            errors["maxLinks"] = [$"maxLinks must be from 0 to {MaxMaxLinks}."];
        }

        var floodSeconds = input.FloodSeconds ?? defaults.FloodSeconds;
        if (floodSeconds is < 0 or > MaxFloodSeconds)
        {
            errors["floodSeconds"] = [$"floodSeconds must be from 0 to {MaxFloodSeconds}."];
        }

        var editWindow = input.EditWindowSeconds ?? defaults.EditWindowSeconds;
        if (editWindow is < 0 or > MaxEditWindowSeconds)
        {
            errors["editWindowSeconds"] = [$"editWindowSeconds must be from 0 to {MaxEditWindowSeconds}."];
        }

        var reportThreshold = input.ReportThreshold ?? defaults.ReportThreshold;
        if (reportThreshold is < 1 or > MaxReportThreshold)
        {
            errors["reportThreshold"] = [$"reportThreshold must be from 1 to {MaxReportThreshold}."];
        }

        var banned = input.BannedWords is null ? defaults.BannedWords.ToList() : Words(input.BannedWords, "bannedWords", errors);
        var suspect = input.SuspectWords is null ? defaults.SuspectWords.ToList() : Words(input.SuspectWords, "suspectWords", errors);
        var categories = new Dictionary<string, bool>(input.RuleCategories ?? defaults.RuleCategories, StringComparer.Ordinal);
        var unknown = categories.Keys.Where(name => !RulePack.Default.CategoryNames.Contains(name, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors["ruleCategories"] =
                [$"Unknown rule categories: {string.Join(", ", unknown)}. Known: {string.Join(", ", RulePack.Default.CategoryNames)}."];
        }

        var trust = input.TrustApprovedReaders ?? defaults.TrustApprovedReaders;
        return errors.Count > 0
            ? (null, errors)
            : (new ModerationSettings(mode, maxLinks, banned, suspect, floodSeconds, categories, trust, editWindow, reportThreshold), errors);
    }

    private static List<string> Words(IReadOnlyList<string?>? words, string field, Dictionary<string, string[]> errors)
    {
        var trimmed = (words ?? []).Select(w => w?.Trim() ?? "").ToList();
        if (trimmed.Count > MaxWords || trimmed.Any(w => w.Length is 0 or > MaxWordLength || w.Any(char.IsControl)))
        {
            errors[field] = [$"{field} holds at most {MaxWords} non-empty words of at most {MaxWordLength} characters."];
        }
        else if (trimmed.Sum(w => w.Length + 3) > MaxListCharacters)
        {
            errors[field] = [$"{field} may hold at most {MaxListCharacters:N0} characters in all."];
        }

        return trimmed.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
