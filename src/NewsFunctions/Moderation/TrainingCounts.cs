using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

public sealed record TrainingCounts(int Ham, int Spam, int FromModerators);
