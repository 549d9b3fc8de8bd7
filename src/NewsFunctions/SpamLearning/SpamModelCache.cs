using Microsoft.Extensions.Logging;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.SpamLearning;

// The model the moderation function scores with: the retrained one when it was stored, else the one
// embedded in the build. Every MaxAge one cheap version check (a blob HEAD); the model is downloaded
// only when the version changed, so a retrain reaches every instance within seconds.
public sealed class SpamModelCache(ISpamModelStore store, TimeProvider clock, ILogger<SpamModelCache> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    public static CurrentSpamModel Embedded { get; } =
        new(SpamModel.Default, new SpamModelInfo(SpamModelSources.Default, null, SpamModelSources.Default, null));

    private readonly RefreshedValue<CurrentSpamModel> cached = new(clock, MaxAge);

    public Task<CurrentSpamModel> GetAsync(CancellationToken cancellationToken) => cached.GetAsync(ReadAsync, cancellationToken);

    // The instance that retrained uses the new model at once; the others within MaxAge.
    public void Use(SpamModel model, SpamModelInfo info) => cached.Set(new CurrentSpamModel(model, info));

    // Blob storage out of reach keeps the model in use (the embedded one on a cold start, which can
    // only add to spamScore) and tries again after MaxAge: moderation must not fail for want of a
    // newer model.
    private async Task<CurrentSpamModel> ReadAsync(CurrentSpamModel? previous, CancellationToken cancellationToken)
    {
        var current = previous ?? Embedded;
        try
        {
            return await ReadNewerAsync(current, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex))
        {
            logger.LogWarning(ex, "The spam model store cannot be reached; keeping model {Current}", current.Info.Version);
            return current;
        }
    }

    private async Task<CurrentSpamModel> ReadNewerAsync(CurrentSpamModel current, CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        if (version is null)
        {
            return Embedded;
        }

        if (version == current.Info.Version)
        {
            return current;
        }

        try
        {
            var stored = await store.GetAsync(cancellationToken);
            return stored is { } loaded ? new CurrentSpamModel(loaded.Model, loaded.Info) : current;
        }
        catch (InvalidDataException ex)
        {
            // A model stored by another engine version: keep scoring with what we have until a retrain.
            logger.LogWarning(ex, "The stored spam model {Version} cannot be read; keeping model {Current}", version, current.Info.Version);
            return current;
        }
    }
}
