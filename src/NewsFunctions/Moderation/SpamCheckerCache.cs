using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;

namespace NewsFunctions.Moderation;

// The one place a SpamChecker is built: once per settings version and model version, since the
// engine compiles its word lists. Both caches below refresh within their MaxAge, so new settings or
// a retrained model reach the checker within seconds.
public sealed class SpamCheckerCache(ModerationSettingsCache settings, SpamModelCache models)
{
    private CurrentChecker? built;

    public async Task<CurrentChecker> GetAsync(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        var model = await models.GetAsync(cancellationToken);
        var version = current.Version + "|" + model.Info.Version;
        var last = Volatile.Read(ref built);
        if (last is not null && last.Version == version)
        {
            return last;
        }

        var made = new CurrentChecker(current.Settings, CreateChecker(current.Settings, model), version);
        Volatile.Write(ref built, made);
        return made;
    }

    // Every model holds alone only above the threshold calibrated with it, on comments it was not
    // trained on (docs/SPAM.md), so the shipped one may hold as a retrained one may.
    internal static SpamChecker CreateChecker(ModerationSettings settings, CurrentSpamModel model)
        => new(new SpamRules(settings.MaxLinks, settings.BannedWords, settings.SuspectWords, settings.RuleCategories), model.Model);
}
