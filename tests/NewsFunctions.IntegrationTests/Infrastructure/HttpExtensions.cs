using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFunctions.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body)
        => client.PutAsync(path, JsonContent(body));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body)
        => client.PostAsync(path, JsonContent(body));

    public static StringContent JsonContent(object body)
        => new(body as string ?? JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty JSON body.");

    public static string Path(params string[] segments) => "/api/" + string.Join('/', segments.Select(Uri.EscapeDataString));

    public static object Article(string title = "عنوان الخبر", string body = "الفقرة الأولى.\n\nالفقرة الثانية.", string category = "محليات",
        string language = "ar", DateTimeOffset? publishedAt = null, bool commentsOpen = true)
        => new { title, body, category, language, publishedAt = publishedAt ?? DateTimeOffset.UtcNow, commentsOpen, tags = new[] { "اختبار" } };
}
