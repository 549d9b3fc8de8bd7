using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsFunctions.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddNewsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // One client per service for the whole process: they are thread-safe and own the HTTP pool.
        // Nothing here opens a connection, so the app starts (and this is testable) with storage down.
        services.TryAddSingleton(_ => StorageConnection.FromConfiguration(configuration));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateTableServiceClient());
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateQueueServiceClient());
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateBlobServiceClient());
        services.TryAddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }

    // Storage that is down should produce a 503 within a few seconds, not after the SDK's default
    // back-off of up to a minute: the reader is waiting on the other end.
    internal static void ApplyRetryPolicy(ClientOptions options)
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
