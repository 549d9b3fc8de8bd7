namespace NewsFunctions.Articles;

// What a client sends. Every field is nullable so that a missing field is a validation error the
// client can read, not a deserialization failure.
public sealed record ArticleInput(
    string? Title,
    string? Body,
    string? Category,
    string? Summary = null,
    IReadOnlyList<string>? Tags = null,
    string? Author = null,
    string? Source = null,
    string? SourceUrl = null,
    string? Language = null,
    DateTimeOffset? PublishedAt = null,
    bool? CommentsOpen = null);
