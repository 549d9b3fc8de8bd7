using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace NewsFunctions.Pages;

// The pages' scripts, styles and the console's HTML, read once from the assembly's embedded
// resources. The ETag is a hash of the bytes, so it changes exactly when a deployment changes them.
public static class StaticAssets
{
    private const string Prefix = "pages/";

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
        var resources = EmbeddedResources.Names.Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..].Replace('\\', '/'));
        foreach (var (name, resource) in resources.Where(r => !r.Key.Contains('/')))
        {
            Add(assets, name, EmbeddedResources.ReadAllBytes(resource));
        }

        foreach (var parts in resources.Where(r => r.Key.Contains('/')).GroupBy(r => r.Key[..r.Key.IndexOf('/')]))
        {
            Add(assets, parts.Key + ".js", JoinScript(parts.Key, parts.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value)));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A script kept as a folder of parts (each short enough to read) is served as one file, so a
    // page still makes one request. One function around them keeps their names out of the page's.
    private static byte[] JoinScript(string name, IEnumerable<string> parts)
    {
        var script = new StringBuilder();
        script.Append("// ").Append(name).Append(".js, joined from Pages/Assets/").Append(name).Append("/ in name order.\n");
        script.Append("(function () {\n\"use strict\";\n\n");
        foreach (var part in parts)
        {
            script.Append(Encoding.UTF8.GetString(EmbeddedResources.ReadAllBytes(part))).Append('\n');
        }

        script.Append("})();\n");
        return Encoding.UTF8.GetBytes(script.ToString());
    }

    private static void Add(Dictionary<string, StaticAsset> assets, string name, byte[] bytes)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
        assets[name] = new StaticAsset(name, ContentTypeOf(name), bytes, etag);
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
