namespace NewsFunctions.Comments;

// The public shape. It has no email property and is built only from PublicCommentRow, the public
// projection the store keeps without the email, so a public answer cannot leak one by construction.
public sealed record PublicComment(string Id, string? ParentId, string Author, string Avatar, string Content, string? Website, DateTimeOffset CreatedAt);
