namespace NewsFunctions.Settings;

// RuleCategories switches the engine's shipped rule categories on or off by name (a category not
// named is on); TrustApprovedReaders lets a reader with an approved comment in the last 180 days
// skip the holds that only suspicion would cause.
public sealed record ModerationSettings(
    string Mode,
    int MaxLinks,
    IReadOnlyList<string> BannedWords,
    IReadOnlyList<string> SuspectWords,
    int FloodSeconds,
    IReadOnlyDictionary<string, bool> RuleCategories,
    bool TrustApprovedReaders)
{
    public static ModerationSettings Defaults { get; } = new(ModerationModes.Auto, 2, [], [], 15, new Dictionary<string, bool>(), true);
}
