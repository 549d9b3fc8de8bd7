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

    // The shipped model learnt only from the team's synthetic corpus, and on real readers' text
    // outside it Naive Bayes is confidently wrong often enough to hold innocent comments. Until a
    // retrain has taught it this site's moderators' decisions it only adds to spamScore.
    internal static SpamChecker CreateChecker(ModerationSettings settings, CurrentSpamModel model)
        => new(new SpamRules(settings.MaxLinks, settings.BannedWords, settings.SuspectWords),
            model.Model,
            modelMayHold: model.Info.Source != SpamModelSources.Default);
}
