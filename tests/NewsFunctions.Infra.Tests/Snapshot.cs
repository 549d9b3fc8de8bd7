using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

// The resources `bicep snapshot` predicts for one parameter set. Values known before deployment are
// resolved; values only Azure knows (ids of module outputs, endpoints) stay ARM expressions.
public sealed class Snapshot(JsonElement? root, string cliDiagnostics)
{
    public string CliDiagnostics { get; } = cliDiagnostics;

    public IEnumerable<JsonElement> Diagnostics => Root.GetProperty("diagnostics").EnumerateArray();

    private JsonElement Root => root ?? throw new InvalidOperationException($"bicep snapshot failed: {CliDiagnostics}");

    public IEnumerable<JsonElement> Resources(string type) => Root.GetProperty("predictedResources")
        .EnumerateArray()
        .Where(resource => resource.GetProperty("type").GetString() == type);

    public JsonElement Single(string type) => Resources(type).Single();

    // Child resources are named "parent/child"; this finds one by its last segment.
    public JsonElement Single(string type, string name) => Resources(type)
        .Single(resource => resource.GetProperty("name").GetString()!.Split('/')[^1] == name);

    // The snapshot cannot read a secure parameter, so a resource that exists only while
    // previousHashSecret is set keeps that condition unresolved in every parameter set.
    public static bool IsOnlyDuringARotation(JsonElement resource)
        => resource.TryGetProperty("condition", out var condition) && condition.GetString() == "[not(empty(parameters('previousHashSecret')))]";

    public IReadOnlyList<string> ChildNames(string type) => Resources(type)
        .Select(resource => resource.GetProperty("name").GetString()!.Split('/')[^1])
        .ToList();
}

public static class JsonElementExtensions
{
    public static JsonElement At(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    public static string? StringAt(this JsonElement element, params string[] path) => element.At(path).GetString();

    public static bool BoolAt(this JsonElement element, params string[] path) => element.At(path).GetBoolean();

    public static IReadOnlyList<string> StringsAt(this JsonElement element, params string[] path)
        => element.At(path).EnumerateArray().Select(item => item.GetString()!).ToList();
}
