using System.Collections.Frozen;
using System.Security.Cryptography;

namespace NewsFunctions.Pages;

// The pages' scripts, styles and the console's HTML, read once from the assembly's embedded
// resources. The ETag is a hash of the bytes, so it changes exactly when a deployment changes them.
public static class StaticAssets
{
    private static readonly FrozenDictionary<string, StaticAsset> All = Load();

    public static StaticAsset Get(string name) => All[name];

    public static bool TryGet(string? name, out StaticAsset asset)
    {
        asset = null!;
        return name is not null && All.TryGetValue(name, out asset!);
    }

    private static FrozenDictionary<string, StaticAsset> Load()
    {
        var assets = new Dictionary<string, StaticAsset>(StringComparer.Ordinal);
        foreach (var resource in EmbeddedResources.Names.Where(n => n.StartsWith("pages/", StringComparison.Ordinal)))
        {
            var bytes = EmbeddedResources.ReadAllBytes(resource);
            var name = resource["pages/".Length..];
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
            assets[name] = new StaticAsset(name, ContentTypeOf(name), bytes, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
