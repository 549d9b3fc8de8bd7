namespace NewsFunctions.SpamLearning;

public sealed record RetrainResult(TrainingCounts TrainedOn, string Version, DateTimeOffset TrainedAt);
