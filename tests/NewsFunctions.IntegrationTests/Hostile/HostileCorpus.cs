using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFunctions.IntegrationTests.Hostile;

public sealed record HostileRequest(
    string Id,
    string Category,
    string? Method = null,
    string? Segment = null,
    string? RawSegment = null,
    string? Query = null,
    Dictionary<string, string>? Headers = null,
    string? ContentType = null,
    string? Body = null,
    string? BodyBase64 = null,
    List<JsonElement[]>? BodyParts = null)
{
    public bool HasBody => Body is not null || BodyBase64 is not null || BodyParts is not null;

    public byte[]? BodyBytes()
    {
        if (BodyBase64 is not null)
        {
            return Convert.FromBase64String(BodyBase64);
        }

        if (BodyParts is not null)
        {
            var text = new StringBuilder();
            foreach (var part in BodyParts)
            {
                text.Insert(text.Length, part[0].GetString(), part[1].GetInt32());
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        return Body is null ? null : Encoding.UTF8.GetBytes(Body);
    }
}

// A route of the API as the corpus sees it: a method and a template whose {slug} and {id} the
// corpus fills. Placeholders left to the replay get values that change nothing when used with the
// key: deleting, approving or rejecting is only ever aimed at something that does not exist.
public sealed record HostileRoute(string Method, string Template)
{
    public override string ToString() => $"{Method} {Template}";
}

public static class HostileCorpus
{
    public static IReadOnlyList<HostileRequest> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("entries").Deserialize<List<HostileRequest>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        })!;
    }

    public static HttpRequestMessage Build(HostileRequest entry, HostileRoute route, Uri baseAddress, string targetSlug, string absentSlug, string absentId, string? key)
    {
        var method = new HttpMethod(entry.Method ?? route.Method);
        var destructive = method == HttpMethod.Delete || route.Template.StartsWith("moderation/comments/{id}", StringComparison.Ordinal);
        var slug = entry.RawSegment ?? Uri.EscapeDataString(entry.Segment ?? (destructive ? absentSlug : targetSlug));
        var id = entry.RawSegment ?? Uri.EscapeDataString(entry.Segment ?? absentId);
        var path = route.Template.StartsWith('/') ? route.Template : "/api/" + route.Template;
        path = path.Replace("{slug}", slug, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal);
        if (entry.Query is not null)
        {
            path += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + entry.Query;
        }

        // Sent exactly as written: no dot-segment removal, no re-escaping, so traversal attempts
        // reach the server as an attacker would send them.
        var uri = new Uri(baseAddress + path.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var request = new HttpRequestMessage(method, uri);
        var bytes = entry.BodyBytes();
        if (bytes is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            var contentType = entry.ContentType ?? "application/json";
            if (contentType.Length > 0)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in entry.Headers ?? [])
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                (request.Content ??= new ByteArrayContent([])).Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (key is not null && !(entry.Headers?.ContainsKey("x-functions-key") ?? false))
        {
            request.Headers.Add("x-functions-key", key);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
