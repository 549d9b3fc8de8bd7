using NewsFunctions.Comments;
using NewsFunctions.Moderation;

namespace NewsFunctions.LoadDriver;

// The app's own services in this process, standing in for a second instance: its AutoModerator
// runs the same moderation code as the host, without the host around it.
public static class InProcessApp
{
    public static ServiceProvider Build(string storageConnectionString)
    {
        // ASP0000 warns against a second container inside a web app's start-up; this one is
        // deliberately a separate copy of the app's services.
#pragma warning disable ASP0000
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storageConnectionString }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(settings)
            .AddNewsBackend(settings)
            .BuildServiceProvider();
#pragma warning restore ASP0000
    }

    // The same moderator with its durable checks answered from memory: what dropping them would buy.
    public static AutoModerator WithoutDurableChecks(IServiceProvider app)
    {
        var withoutChecks = new WithoutDurableChecks();
        var comments = app.GetRequiredService<ICommentStore>();
        return new AutoModerator(comments, new DurableChecks(withoutChecks, withoutChecks, comments, withoutChecks),
            app.GetRequiredService<NewsFunctions.Articles.IArticleStore>(), app.GetRequiredService<NewsFunctions.Articles.ICommentCounter>(),
            app.GetRequiredService<NewsFunctions.Counters.IStatusCounter>(), withoutChecks, app.GetRequiredService<SpamCheckerCache>(), app.GetRequiredService<SiteKeys>(),
            TimeProvider.System, app.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AutoModerator>>());
    }
}
