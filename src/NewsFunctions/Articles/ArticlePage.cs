namespace NewsFunctions.Articles;

public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? NextCursor);
