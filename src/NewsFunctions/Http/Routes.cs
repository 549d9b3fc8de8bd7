namespace NewsFunctions.Http;

// Route templates, relative to the /api prefix. Both hosts read them from the functions' attributes.
public static class Routes
{
    public const string Prefix = "api";
    public const string Articles = "articles";
    public const string Article = "articles/{slug}";
    public const string ArticleComments = "articles/{slug}/comments";
    public const string ArticleComment = "articles/{slug}/comments/{id}";
    public const string CommentReports = "articles/{slug}/comments/{id}/reports";
    public const string CommentFeed = "articles/{slug}/comments/feed";

    // Served by the pages feature; a form post of a comment is redirected here.
    public const string ArticlePagePrefix = "pages/articles";
    public const string ModerationComments = "moderation/comments";
    public const string ApproveComment = "moderation/comments/{id}/approve";
    public const string RejectComment = "moderation/comments/{id}/reject";
    public const string MarkCommentSpam = "moderation/comments/{id}/spam";
    public const string BulkModeration = "moderation/comments/bulk";
    public const string Bans = "moderation/bans";
    public const string Ban = "moderation/bans/{id}";
    public const string Poison = "moderation/poison";
    public const string RedrivePoison = "moderation/poison/redrive";
    public const string ReaderExport = "moderation/readers/export";
    public const string ReaderErase = "moderation/readers/erase";
    public const string ModerationSettings = "moderation/settings";
    public const string ModerationStats = "moderation/stats";
    public const string SpamModel = "moderation/model";
    public const string RetrainSpamModel = "moderation/model/retrain";
    public const string Health = "health";
    public const string OpenApi = "openapi.json";

    // Readers' and moderators' pages, served by the app itself (Pages/).
    public const string WidgetScript = "widget.js";
    public const string WidgetStyles = "widget.css";
    public const string PageAsset = "pages/assets/{name}";
    public const string ArticlePage = ArticlePagePrefix + "/{slug}";
    public const string ModerationPage = "pages/moderation";

    // The path a client requests for a route, with the slug escaped: Path(ArticleComments, "x") is
    // "/api/articles/x/comments".
    public static string Path(string template, string? slug = null)
        => $"/{Prefix}/{(slug is null ? template : template.Replace("{slug}", Uri.EscapeDataString(slug), StringComparison.Ordinal))}";

    public static string PageAssetPath(string name) => Path(PageAsset.Replace("{name}", name, StringComparison.Ordinal));
}
