namespace NewsFunctions.Settings;

// The settings with the storage version they were read at ("defaults" when none were saved), so a
// reader can tell whether what it built from them is still current.
public sealed record VersionedSettings(ModerationSettings Settings, string Version);
