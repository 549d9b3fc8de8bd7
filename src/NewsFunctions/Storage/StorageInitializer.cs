using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsFunctions.Storage;

// Creates the tables, queues and blob containers the app uses. In Azure the Bicep template already made them; locally
// Azurite starts empty. Storage that is not up yet must not stop the app from starting, so this runs
// in the background and keeps trying, saying clearly what it waits for.
public sealed class StorageInitializer(
    TableServiceClient tables,
    QueueServiceClient queues,
    BlobServiceClient blobs,
    ILogger<StorageInitializer> logger) : BackgroundService
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureCreatedAsync(stoppingToken);
                ready.TrySetResult();
                logger.LogInformation("Storage is ready: {TableCount} tables and {QueueCount} queues", TableNames.All.Count, QueueNames.All.Count);
                return;
            }
            catch (Exception ex) when (StorageFailures.IsUnavailable(ex))
            {
                logger.LogWarning("Storage at {Endpoint} does not answer; trying again in {Delay}s. Is Azurite running?",
                    tables.Uri.GetLeftPart(UriPartial.Authority), delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 15));
            }
        }
    }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var queue in QueueNames.All)
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in ContainerNames.All)
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
