namespace NewsFunctions.Articles;

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
