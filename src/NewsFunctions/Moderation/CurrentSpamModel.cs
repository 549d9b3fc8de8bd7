using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public sealed record CurrentSpamModel(SpamModel Model, SpamModelInfo Info);
