using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

public sealed record CurrentSpamModel(SpamModel Model, SpamModelInfo Info);
