namespace NewsFunctions.Moderation;

public sealed record ModeratedCommentPage(IReadOnlyList<ModeratedComment> Items, string? NextCursor);
