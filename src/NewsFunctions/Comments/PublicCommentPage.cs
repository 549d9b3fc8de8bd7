namespace NewsFunctions.Comments;

public sealed record PublicCommentPage(IReadOnlyList<PublicComment> Items, string? NextCursor);
