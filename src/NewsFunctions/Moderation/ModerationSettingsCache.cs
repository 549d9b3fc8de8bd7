using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public sealed record CurrentSettings(ModerationSettings Settings, SpamChecker Checker);

// Every reader of the settings goes through here. A read is at most MaxAge old, so a PUT applies
// everywhere within MaxAge plus one storage read, well inside the 5 seconds API.md promises. The
// SpamChecker is built once per settings version: the real engine compiles its word lists.
public sealed class ModerationSettingsCache(ISettingsStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private (CurrentSettings Current, string Version, DateTimeOffset ReadAt)? cached;

    public async Task<CurrentSettings> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = cached;
        if (snapshot is { } fresh && clock.GetUtcNow() - fresh.ReadAt < MaxAge)
        {
            return fresh.Current;
        }

        // One reader refreshes; while it does, the others keep the value it is replacing (at most one
        // storage read older) rather than queue behind it. Only a cold start makes them wait.
        if (!refresh.Wait(0))
        {
            if (snapshot is { } stale)
            {
                return stale.Current;
            }

            await refresh.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = cached;
            if (snapshot is { } other && clock.GetUtcNow() - other.ReadAt < MaxAge)
            {
                return other.Current;
            }

            var stored = await store.GetAsync(cancellationToken);
            var (settings, version) = stored ?? (ModerationSettings.Defaults, "defaults");
            var current = snapshot is { } previous && previous.Version == version
                ? previous.Current
                : new CurrentSettings(settings, new SpamChecker(new SpamRules(settings.MaxLinks, settings.BannedWords, settings.SuspectWords)));
            cached = (current, version, clock.GetUtcNow());
            return current;
        }
        finally
        {
            refresh.Release();
        }
    }

    // The instance that saved new settings uses them at once; the others within MaxAge.
    public void Invalidate() => cached = null;
}
