using System.Text.RegularExpressions;
using NewsFunctions.Http;

namespace NewsFunctions.Articles;

public static partial class ArticleValidator
{
    public const int MaxBodyLength = 200_000;
    public const int MaxTitleLength = 300;
    public const int MaxCategoryLength = 60;
    public const int MaxSummaryLength = 2_000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 60;
    public const int MaxAuthorLength = 100;
    public const int MaxSourceLength = 200;
    public const int MaxUrlLength = 2_000;

    // A body of 200,000 characters may arrive as \uXXXX escapes: six bytes each, plus the other fields.
    public const int MaxRequestBytes = MaxBodyLength * 6 + 64 * 1024;

    public static bool IsBodyTooLong(ArticleInput input) => input.Body?.Length > MaxBodyLength;

    public static (ArticleDraft? Draft, Dictionary<string, string[]> Errors) Validate(string slug, ArticleInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var title = FieldRules.Required(input.Title, "title", MaxTitleLength, errors);
        var category = FieldRules.Required(input.Category, "category", MaxCategoryLength, errors);
        var summary = FieldRules.Optional(input.Summary, "summary", MaxSummaryLength, errors);
        var author = FieldRules.Optional(input.Author, "author", MaxAuthorLength, errors);
        var source = FieldRules.Optional(input.Source, "source", MaxSourceLength, errors);
        var sourceUrl = FieldRules.Optional(input.SourceUrl, "sourceUrl", MaxUrlLength, errors);

        // The body is kept exactly as sent (no trimming): articles must round-trip byte for byte.
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            errors["body"] = ["body is required."];
        }

        if (sourceUrl is not null && !IsHttpUrl(sourceUrl))
        {
            errors["sourceUrl"] = ["sourceUrl must be an http or https URL."];
        }

        var language = string.IsNullOrWhiteSpace(input.Language) ? "ar" : input.Language.Trim();
        if (!LanguageTag().IsMatch(language))
        {
            errors["language"] = ["language must be a language tag such as 'ar' or 'en-GB'."];
        }

        var tags = (input.Tags ?? []).Select(t => t?.Trim() ?? "").ToList();
        if (tags.Count > MaxTags || tags.Any(t => t.Length is 0 or > MaxTagLength))
        {
            errors["tags"] = [$"tags holds at most {MaxTags} non-empty tags of at most {MaxTagLength} characters."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ArticleDraft(slug, title!, input.Body!, category!, summary, tags, author, source, sourceUrl,
            language, (input.PublishedAt ?? now).ToUniversalTime(), input.CommentsOpen ?? true), errors);
    }

    public static bool IsHttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
