using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

// Replaced: whether the new model is now in use; Version and TrainedAt are those of the model in use.
// Candidate and Current: what each holds of the held-out comments, so a refusal can be read.
public sealed record RetrainResult(
    bool Replaced, string Reason, TrainingCounts TrainedOn, string Version, DateTimeOffset? TrainedAt,
    HeldOutScore Candidate, HeldOutScore Current);
