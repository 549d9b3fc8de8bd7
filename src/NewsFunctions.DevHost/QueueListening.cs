using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs;

namespace NewsFunctions.DevHost;

public static class QueueListening
{
    public const string HostJsonFileName = "host.json";

    // Runs queue-triggered functions on the WebJobs SDK queue listener, the engine the Functions host
    // itself uses: same polling, dequeue count, poison queue and visibility back-off, read from the
    // app's own host.json so the local host behaves like Azure.
    public static IHostBuilder AddQueueListening(this IHostBuilder host, FunctionCatalog catalog)
    {
        var hostJson = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, HostJsonFileName), optional: false)
            .Build();

        host.ConfigureServices(services => services.AddSingleton<INameResolver>(sp =>
            new QueueNameResolver(catalog, sp.GetRequiredService<IConfiguration>())));
        return host.ConfigureWebJobs(webJobs => webJobs.AddAzureStorageQueues(options =>
        {
            hostJson.GetSection("extensions:queues").Bind(options);
            options.MessageEncoding = QueueMessageEncoding.Base64;
        }));
    }
}
