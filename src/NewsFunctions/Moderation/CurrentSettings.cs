using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public sealed record CurrentSettings(ModerationSettings Settings, SpamChecker Checker, SpamModelInfo Model, string Version);
