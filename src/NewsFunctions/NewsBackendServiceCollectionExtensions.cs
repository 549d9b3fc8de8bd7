using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsFunctions.Articles;
using NewsFunctions.Bans;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Http;
using NewsFunctions.Moderation;
using NewsFunctions.Reports;
using NewsFunctions.Poison;
using NewsFunctions.Readers;
using NewsFunctions.Settings;
using NewsFunctions.SpamLearning;
using NewsFunctions.Storage;

namespace NewsFunctions;

public static class NewsBackendServiceCollectionExtensions
{
    // Everything the functions need, registered once for both hosts: the Functions worker and the
    // local host call this same method, so they cannot differ in what they wire up.
    public static IServiceCollection AddNewsBackend(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddNewsStorage(configuration);
        services.AddArticles();
        services.AddComments();
        services.AddCounters();
        services.AddModerationSettings();
        services.AddSpamLearning();
        services.AddBans();
        services.AddModeration();
        services.AddReports();
        services.AddPoison();
        services.AddReaders();
        services.AddSingleton<CorsPolicy>();
        return services;
    }

    public static IServiceCollection AddNewsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Without a connection string (local runs, tests) telemetry stays off instead of buffering
        // events that would never be sent.
        if (!string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            services.AddApplicationInsightsTelemetryWorkerService();
            services.ConfigureFunctionsApplicationInsights();
        }

        return services;
    }
}
