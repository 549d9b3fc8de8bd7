using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.SpamLearning;

public static class SpamModelSources
{
    public const string Default = "default";
    public const string Retrained = "retrained";
}
