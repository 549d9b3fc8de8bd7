using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace NewsFunctions.Http;

public static class ApiJson
{
    // Arabic is written as itself rather than \uXXXX escapes: the answers stay readable and about
    // half the size. The encoder still escapes HTML-significant characters, so a JSON answer pasted
    // into a page cannot close a script tag.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcTimeConverter() },
        MaxDepth = 16,
    };
}
