namespace NewsFunctions.Articles;

public record ArticleSummary(
    string Slug,
    string Title,
    string Category,
    string? Summary,
    IReadOnlyList<string> Tags,
    string? Author,
    string? Source,
    string? SourceUrl,
    string Language,
    DateTimeOffset PublishedAt,
    bool CommentsOpen,
    DateTimeOffset UpdatedAt,
    string Direction,
    int CommentCount);
