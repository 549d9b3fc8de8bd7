using NewsFunctions.Settings;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// The settings the queue function decides with and the spam checker built from them and the model.
public sealed record CurrentChecker(ModerationSettings Settings, SpamChecker Checker, string Version);
