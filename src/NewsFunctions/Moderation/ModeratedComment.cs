using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

// What moderators see: the public fields plus what they need to decide, the email included. Only
// routes behind the function key return it.
public sealed record ModeratedComment(
    string Id,
    string? ParentId,
    string Author,
    string Avatar,
    string Content,
    string? Website,
    DateTimeOffset CreatedAt,
    string ArticleSlug,
    string Status,
    string Email,
    IReadOnlyList<string> Reasons,
    double SpamScore,
    string Etag,
    IReadOnlyList<HistoryEntry> History)
{
    public static ModeratedComment From(StoredComment c)
        => new(c.Id, c.ParentId, c.Author, c.AvatarKey, c.Content, c.Website, c.CreatedAt, c.ArticleSlug, c.Status, c.Email,
            c.Reasons, c.SpamScore, ETags.FromStorage(c.ETag), c.History);
}
