using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

public static class RequestBody
{
    public static bool IsJson(HttpRequest request) => MediaTypeIs(request, "application/json");

    public static bool IsForm(HttpRequest request) => MediaTypeIs(request, "application/x-www-form-urlencoded");

    // Reads at most maxBytes: a body that claims or turns out to be larger is refused before it is
    // buffered, so a huge upload costs us maxBytes of memory at worst.
    public static async Task<(byte[]? Bytes, JsonBodyResult? Problem)> ReadBytesAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    public static async Task<(T? Value, JsonBodyResult? Problem)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsJson(request))
        {
            return (null, Problems.UnsupportedMediaType("Send the body as application/json."));
        }

        var (bytes, problem) = await ReadBytesAsync(request, maxBytes, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, ApiJson.Options);
            return value is null
                ? (null, Problems.BadRequest("The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            // The path names the field ("$.publishedAt"); the message itself can quote internals.
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "the body" : ex.Path;
            return (null, Problems.BadRequest($"The JSON is malformed or has a value of the wrong type at {where}."));
        }
    }

    private static JsonBodyResult TooLarge(int maxBytes)
        => Problems.PayloadTooLarge($"The body may be at most {maxBytes / 1024} KiB.");

    private static bool MediaTypeIs(HttpRequest request, string mediaType)
        => MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
            && string.Equals(parsed.MediaType, mediaType, StringComparison.OrdinalIgnoreCase);
}
