using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

public sealed record RetrainResult(TrainingCounts TrainedOn, string Version, DateTimeOffset TrainedAt);
