namespace NewsFunctions.SpamLearning;

public sealed record TrainingCounts(int Ham, int Spam, int FromModerators);
