using System.Text.Json;

namespace NewsFunctions.DevHost;

// Reads the "Values" of local.settings.json, the file `func start` reads, so one file configures both
// hosts. Environment variables and command-line arguments still win over it.
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string contentRoot)
    {
        var path = Candidates(contentRoot).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return builder;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return builder;
        }

        var settings = values.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            .ToDictionary(p => p.Name.Replace("__", ":"), p => (string?)p.Value.ToString());

        // Inserted first so that it has the lowest precedence of all configuration sources.
        builder.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings });
        return builder;
    }

    private static IEnumerable<string> Candidates(string contentRoot)
    {
        yield return Path.Combine(contentRoot, FileName);
        yield return Path.Combine(contentRoot, "..", "NewsFunctions", FileName);
        yield return Path.Combine(Directory.GetCurrentDirectory(), "src", "NewsFunctions", FileName);
    }
}
