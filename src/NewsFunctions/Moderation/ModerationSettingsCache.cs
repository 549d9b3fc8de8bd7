using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// Every reader of the settings goes through here. A read is at most MaxAge old, so a PUT applies
// everywhere within MaxAge plus one storage read, well inside the 5 seconds API.md promises. The
// SpamChecker is built once per settings version and model version: the engine compiles its word
// lists, and a retrained model must replace the old one in the checker within seconds too.
public sealed class ModerationSettingsCache(ISettingsStore store, SpamModelCache models, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly RefreshedValue<CurrentSettings> cached = new(clock, MaxAge);

    public Task<CurrentSettings> GetAsync(CancellationToken cancellationToken) => cached.GetAsync(ReadAsync, cancellationToken);

    // The instance that saved new settings or a new model uses them at once; the others within MaxAge.
    public void Invalidate() => cached.Invalidate();

    private async Task<CurrentSettings> ReadAsync(CurrentSettings? previous, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(cancellationToken);
        var model = await models.GetAsync(cancellationToken);
        var (settings, settingsVersion) = stored ?? (ModerationSettings.Defaults, "defaults");
        var version = settingsVersion + "|" + model.Info.Version;
        return previous is not null && previous.Version == version
            ? previous
            : new CurrentSettings(settings, CreateChecker(settings, model), model.Info, version);
    }

    // The shipped model learnt only from the team's synthetic corpus, and on real readers' text
    // outside it Naive Bayes is confidently wrong often enough to hold innocent comments. Until a
    // retrain has taught it this site's moderators' decisions it only adds to spamScore.
    internal static SpamChecker CreateChecker(ModerationSettings settings, CurrentSpamModel model)
        => new(new SpamRules(settings.MaxLinks, settings.BannedWords, settings.SuspectWords),
            model.Model,
            modelMayHold: model.Info.Source != SpamModelSources.Default);
}
