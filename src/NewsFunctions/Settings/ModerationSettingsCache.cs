namespace NewsFunctions.Settings;

// Every reader of the moderation settings goes through here. A read is at most MaxAge old, so a PUT
// applies everywhere within MaxAge plus one storage read, well inside the 5 seconds API.md promises.
public sealed class ModerationSettingsCache(ISettingsStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private static readonly VersionedSettings Defaults = new(ModerationSettings.Defaults, "defaults");

    private readonly RefreshedValue<VersionedSettings> cached = new(clock, MaxAge);

    public Task<VersionedSettings> GetAsync(CancellationToken cancellationToken) => cached.GetAsync(ReadAsync, cancellationToken);

    // The instance that saved new settings uses them at once; the others within MaxAge.
    public void Invalidate() => cached.Invalidate();

    private async Task<VersionedSettings> ReadAsync(VersionedSettings? previous, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(cancellationToken);
        if (stored is not { } read)
        {
            return Defaults;
        }

        return previous is not null && previous.Version == read.Version ? previous : new VersionedSettings(read.Settings, read.Version);
    }
}
