namespace NewsFunctions.DevHost;

public static class DevHostServiceCollectionExtensions
{
    public const string DefaultUrl = "http://localhost:7071";

    public static IServiceCollection AddDevHost(this IServiceCollection services)
    {
        services.AddSingleton<FunctionKeys>();
        services.AddSingleton<QueueBridge>();
        services.AddHostedService<SampleArticles>();
        services.AddHostedService<TimerFunctions>();
        return services;
    }

    // Prints what a newcomer needs: where to look and which key to send. Fails fast when a
    // queue-triggered function has no WebJobs bridge, which would otherwise silently never run.
    public static void AnnounceOnStart(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        var missing = catalog.QueueFunctions.Select(f => f.Name).Except(QueueBridge.BridgedFunctionNames()).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Queue-triggered functions without a QueueBridge method: {string.Join(", ", missing)}");
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var keys = app.Services.GetRequiredService<FunctionKeys>();
            var url = app.Urls.FirstOrDefault() ?? DefaultUrl;
            var logger = app.Services.GetRequiredService<ILogger<FunctionCatalog>>();
            logger.LogInformation("NewsFunctions local host: {Url} ({HttpCount} HTTP, {QueueCount} queue and {TimerCount} timer functions)",
                url, catalog.HttpFunctions.Count, catalog.QueueFunctions.Count, catalog.TimerFunctions.Count);
            logger.LogInformation("Function key ({KeySource}): {FunctionKey}",
                keys.IsGenerated ? "generated for this run" : FunctionKeys.SettingName, keys.Key);
            foreach (var named in keys.NamedKeys)
            {
                logger.LogInformation("Named key {KeyName}: {Role}", named.Name, string.Join(", ", named.Roles));
            }
        });
    }
}
