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
    DateTimeOffset SubmittedAt,
    string? EditHash = null,
    DateTimeOffset? EditedAt = null,
    string? PreviousIpHash = null)
{
    // A new comment carries the keyed hash of its editToken. An edit carries EditedAt instead: the
    // same id with the new content, moderated again; the newest EditedAt wins, so a redelivered or
    // overtaken edit changes nothing. PreviousIpHash is the address's hash under a rotation's previous
    // secret, for the address's flood and ban rows written before it. All three are optional, so
    // version 1 messages without them still read.
    public const int CurrentVersion = 1;
}
