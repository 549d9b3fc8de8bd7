namespace NewsFunctions.SpamLearning;

// What GET /api/moderation/model shows. Version is the blob's ETag, "default" for the embedded model.
public sealed record SpamModelInfo(string Version, DateTimeOffset? TrainedAt, string Source, TrainingCounts? TrainedOn);
