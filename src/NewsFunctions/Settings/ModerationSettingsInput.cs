namespace NewsFunctions.Settings;

// What a moderator sends to PUT /api/moderation/settings. A missing field keeps its current value.
public sealed record ModerationSettingsInput(
    string? Mode,
    int? MaxLinks,
    IReadOnlyList<string?>? BannedWords,
    IReadOnlyList<string?>? SuspectWords,
    int? FloodSeconds,
    IReadOnlyDictionary<string, bool>? RuleCategories = null,
    bool? TrustApprovedReaders = null,
    int? EditWindowSeconds = null,
    int? ReportThreshold = null);
