using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.SpamLearning;

public sealed record TrainingCounts(int Ham, int Spam, int FromModerators);
