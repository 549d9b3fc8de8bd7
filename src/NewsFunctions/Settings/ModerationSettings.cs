namespace NewsFunctions.Settings;

// RuleCategories switches the engine's shipped rule categories on or off by name (a category not
// named is on); TrustApprovedReaders lets a reader with an approved comment in the last 180 days
// skip the holds that only suspicion would cause. EditWindowSeconds is how long a poster may edit or
// withdraw their comment; ReportThreshold how many distinct readers' reports send it back to pending.
public sealed record ModerationSettings(
    string Mode,
    int MaxLinks,
    IReadOnlyList<string> BannedWords,
    IReadOnlyList<string> SuspectWords,
    int FloodSeconds,
    IReadOnlyDictionary<string, bool> RuleCategories,
    bool TrustApprovedReaders,
    int EditWindowSeconds = 900,
    int ReportThreshold = 3)
{
    public static ModerationSettings Defaults { get; } = new(ModerationModes.Auto, 2, [], [], 15, new Dictionary<string, bool>(), true);
}
