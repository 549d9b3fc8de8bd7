namespace NewsFunctions.Comments;

// Total is the article's commentCount: every approved comment, on this page or not.
public sealed record PublicCommentPage(IReadOnlyList<PublicComment> Items, string? NextCursor, int Total);
