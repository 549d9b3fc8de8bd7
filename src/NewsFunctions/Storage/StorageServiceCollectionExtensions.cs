using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddNewsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = StorageConnection.FromConfiguration(configuration);

        // One client per service for the whole process: they are thread-safe and own the HTTP pool.
        services.AddSingleton(connection);
        services.AddSingleton(_ => connection.CreateTableServiceClient());
        services.AddSingleton(_ => connection.CreateQueueServiceClient());
        services.AddSingleton<StorageInitializer>();
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
