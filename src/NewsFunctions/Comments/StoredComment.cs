namespace NewsFunctions.Comments;

// The main entity as the store keeps it: the one source of truth for a comment's status.
public sealed record StoredComment(
    string Id,
    string ArticleSlug,
    string? ParentId,
    int Depth,
    string Author,
    string Email,
    string AvatarKey,
    string Content,
    string? Website,
    string? IpHash,
    DateTimeOffset CreatedAt,
    string Status,
    IReadOnlyList<string> Reasons,
    double SpamScore,
    IReadOnlyList<HistoryEntry> History,
    string ETag = "",
    string? EditHash = null,
    DateTimeOffset? EditedAt = null,
    int ReportCount = 0)
{
    // EditHash is the keyed hash of the editToken the poster got once; EditedAt the time of the edit
    // last applied (null when never edited); ReportCount the distinct reporters when readers' reports
    // last sent it back to pending (0 when never).
    public PublicCommentRow PublicRow() => new(Id, ParentId, Author, AvatarKey, Content, Website, CreatedAt);
}
