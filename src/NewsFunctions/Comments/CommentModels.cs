using System.Text.Json.Serialization;

namespace NewsFunctions.Comments;

// What a reader sends. Every field is nullable so a missing field is a validation error the reader
// can read, not a deserialization failure.
public sealed record CommentInput(string? Author, string? Email, string? Content, string? Website = null, string? ParentId = null, string? Hp = null);

// A comment that passed the submission rules, trimmed and normalised.
public sealed record ValidComment(string Author, string Email, string Content, string? Website, string? ParentId, string? Honeypot);

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

public sealed record CommentAccepted(string Id, string Status);

// The public shape. It has no email property and is built only from PublicCommentRow, the public
// projection the store keeps without the email, so a public answer cannot leak one by construction.
public sealed record PublicComment(string Id, string? ParentId, string Author, string Avatar, string Content, string? Website, DateTimeOffset CreatedAt);

public sealed record PublicCommentPage(IReadOnlyList<PublicComment> Items, string? NextCursor);

public sealed record PublicCommentRow(string Id, string? ParentId, string Author, string AvatarKey, string Content, string? Website, DateTimeOffset CreatedAt)
{
    public PublicComment AsPublic() => new(Id, ParentId, Author, AvatarKey, Content, Website, CreatedAt);
}

public static class CommentStatuses
{
    public const string Approved = "approved";
    public const string Pending = "pending";
    public const string Spam = "spam";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Pending, Approved, Spam, Rejected];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}

public sealed record HistoryEntry(DateTimeOffset At, string Action, string By);

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
    string ETag = "")
{
    public PublicCommentRow PublicRow() => new(Id, ParentId, Author, AvatarKey, Content, Website, CreatedAt);
}

public sealed record RecentSubmission(string CommentId, DateTimeOffset At);

// What the durable checks keyed by a reader's email found: the comment that owns the duplicate key
// (this one, unless an identical one came first) and the reader's submission before this one.
public sealed record ReaderClaim(string DuplicateOwner, RecentSubmission? Previous);
