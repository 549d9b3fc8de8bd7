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

public sealed record StoredArticle(ArticleDraft Draft, DateTimeOffset UpdatedAt, int CommentCount, string ETag);

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

// The full article is its summary plus the body; the body comes last in the JSON.
public sealed record Article : ArticleSummary
{
    public Article(ArticleSummary summary, string body)
        : base(summary)
    {
        Body = body;
    }

    public string Body { get; }
}

public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? NextCursor);

public static class ArticleMapping
{
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase) { "ar", "fa", "ur", "he" };

    public static string DirectionOf(string language)
    {
        var primary = language.Split('-', 2)[0];
        return RightToLeftLanguages.Contains(primary) ? "rtl" : "ltr";
    }

    public static Article AsArticle(this StoredArticle stored) => new(stored.AsSummary(), stored.Draft.Body);

    public static ArticleSummary AsSummary(this StoredArticle stored)
    {
        var d = stored.Draft;
        return new ArticleSummary(d.Slug, d.Title, d.Category, d.Summary, d.Tags, d.Author, d.Source, d.SourceUrl,
            d.Language, d.PublishedAt, d.CommentsOpen, stored.UpdatedAt, DirectionOf(d.Language), stored.CommentCount);
    }
}
