using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.SpamLearning;

// One blob, models/spam-model.json. A blob, not a table row: the counts of 65,536 n-gram buckets run
// to hundreds of KB, past a Table property's 64 KB and close to an entity's 1 MB, and a blob is
// replaced whole in one write, so a reader never sees half a model. What GET shows rides in metadata.
public sealed class SpamModelStore(BlobServiceClient blobService) : ISpamModelStore
{
    public const string BlobName = "spam-model.json";

    private readonly BlobClient blob = blobService.GetBlobContainerClient(ContainerNames.Models).GetBlobClient(BlobName);

    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            return null;
        }
    }

    public async Task<(SpamModel Model, SpamModelInfo Info)?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            var model = SpamModel.FromJson(content);
            return (model, InfoFrom(download.Value.Details.ETag, download.Value.Details.Metadata));
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            return null;
        }
    }

    public async Task<SpamModelInfo> SaveAsync(SpamModel model, TrainingCounts counts, DateTimeOffset trainedAt, CancellationToken cancellationToken)
    {
        using var json = new MemoryStream();
        model.ToJson(json);
        json.Position = 0;
        var metadata = new Dictionary<string, string>
        {
            ["trainedAt"] = trainedAt.ToString("O"),
            ["ham"] = counts.Ham.ToString(CultureInfo.InvariantCulture),
            ["spam"] = counts.Spam.ToString(CultureInfo.InvariantCulture),
            ["fromModerators"] = counts.FromModerators.ToString(CultureInfo.InvariantCulture),
        };

        // The last retrain wins: each one trains on everything, so none holds anything another lacks.
        var saved = await blob.UploadAsync(json, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = metadata,
        }, cancellationToken);
        return new SpamModelInfo(saved.Value.ETag.ToString(), trainedAt, SpamModelSources.Retrained, counts);
    }

    private static SpamModelInfo InfoFrom(ETag etag, IDictionary<string, string> metadata)
    {
        int Count(string key) => metadata.TryGetValue(key, out var v) && int.TryParse(v, out var n) ? n : 0;
        DateTimeOffset? trainedAt = metadata.TryGetValue("trainedAt", out var at) && DateTimeOffset.TryParse(at, out var parsed) ? parsed : null;
        return new SpamModelInfo(etag.ToString(), trainedAt, SpamModelSources.Retrained,
            new TrainingCounts(Count("ham"), Count("spam"), Count("fromModerators")));
    }
}
