using System.Text.Json;
using NewsFunctions.Articles;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.DevHost;

// Loads the team's sample articles into an empty local store so that a newcomer sees the system
// working. Only the local host does this, and only when asked (DevHost:SeedSampleArticles): never in Azure.
public sealed class SampleArticles(
    StorageInitializer storage,
    IArticleStore articles,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<SampleArticles> logger) : BackgroundService
{
    public const string SettingName = "DevHost:SeedSampleArticles";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>(SettingName))
        {
            return;
        }

        await storage.Ready.WaitAsync(stoppingToken);
        var (existing, _) = await articles.ListAsync(category: null, limit: 1, afterKey: null, stoppingToken);
        if (existing.Count > 0)
        {
            logger.LogInformation("The store already holds articles; sample articles not loaded");
            return;
        }

        var samples = Load();
        foreach (var sample in samples)
        {
            var (draft, errors) = ArticleValidator.Validate(sample.Slug, sample.Article, clock.GetUtcNow());
            if (draft is null)
            {
                throw new InvalidOperationException($"Sample article {sample.Slug} is invalid: {string.Join("; ", errors.Keys)}");
            }

            await articles.SaveAsync(draft, clock.GetUtcNow(), stoppingToken);
        }

        logger.LogInformation("Loaded {Count} sample articles", samples.Count);
    }

    public static IReadOnlyList<SampleArticle> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SampleContent", "articles.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(e => new SampleArticle(e.GetProperty("slug").GetString()!, e.Deserialize<ArticleInput>(ApiJson.Options)!))
            .ToList();
    }
}
