namespace NewsFunctions.Settings;

public interface ISettingsStore
{
    // Null when no moderator has saved settings yet.
    Task<(ModerationSettings Settings, string Version)?> GetAsync(CancellationToken cancellationToken);

    Task SaveAsync(ModerationSettings settings, CancellationToken cancellationToken);
}
