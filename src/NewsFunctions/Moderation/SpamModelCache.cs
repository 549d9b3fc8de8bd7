using Microsoft.Extensions.Logging;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public sealed record CurrentSpamModel(SpamModel Model, SpamModelInfo Info);

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

    private async Task<CurrentSpamModel> ReadAsync(CurrentSpamModel? previous, CancellationToken cancellationToken)
    {
        var current = previous ?? Embedded;
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
