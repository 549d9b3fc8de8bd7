using System.Text.Json.Serialization;

namespace NewsFunctions.Comments;

// The queue message: everything the moderation function needs, so it never has to ask the web
// request again. V is the schema version; the function refuses versions it does not know.
public sealed record CommentMessage(
    [property: JsonPropertyName("v")] int Version,
    string Id,
    string ArticleSlug,
    string? Author,
    string? Email,
    string? Content,
    string? Website,
    string? ParentId,
    string? Hp,
    string? IpHash,
    DateTimeOffset SubmittedAt)
{
    public const int CurrentVersion = 1;
}
