namespace NewsFunctions.Articles;

// A validated article as the store keeps it.
public sealed record ArticleDraft(
    string Slug,
    string Title,
    string Body,
    string Category,
    string? Summary,
    IReadOnlyList<string> Tags,
    string? Author,
    string? Source,
    string? SourceUrl,
    string Language,
    DateTimeOffset PublishedAt,
    bool CommentsOpen);
