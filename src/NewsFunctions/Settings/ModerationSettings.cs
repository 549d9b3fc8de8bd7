namespace NewsFunctions.Settings;

public sealed record ModerationSettings(string Mode, int MaxLinks, IReadOnlyList<string> BannedWords, IReadOnlyList<string> SuspectWords, int FloodSeconds)
{
    public static ModerationSettings Defaults { get; } = new(ModerationModes.Auto, 2, [], [], 15);
}
