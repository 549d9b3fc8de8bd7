using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

public sealed class PageFunctions(IArticleStore store)
{
    private const int RelatedCount = 5;

    [Function(nameof(GetArticlePage))]
    public async Task<IActionResult> GetArticlePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ArticlePage)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var stored = Slugs.IsValid(slug) ? await store.GetAsync(slug, cancellationToken) : null;
        if (stored is null)
        {
            return new HtmlPageResult(ArticlePageRenderer.RenderNotFound(), StatusCodes.Status404NotFound);
        }

        var article = stored.AsArticle();

        // One more than shown, because the article itself is usually among the newest of its category.
        var (sameCategory, _) = await store.ListAsync(article.Category, RelatedCount + 1, afterKey: null, cancellationToken);
        var related = Others(sameCategory, slug);
        var isSameCategory = related.Count > 0;
        if (!isSameCategory)
        {
            var (latest, _) = await store.ListAsync(category: null, RelatedCount + 1, afterKey: null, cancellationToken);
            related = Others(latest, slug);
        }

        // Short public caching: the page shows no comments itself (the widget fetches them), so a
        // minute-old copy only delays an edit to the article.
        return new HtmlPageResult(ArticlePageRenderer.Render(article, related, isSameCategory), cacheControl: "public, max-age=60");
    }

    private static List<ArticleSummary> Others(IReadOnlyList<StoredArticle> articles, string slug)
        => articles.Where(a => a.Draft.Slug != slug).Take(RelatedCount).Select(a => a.AsSummary()).ToList();

    // A static page: the key is typed in by the moderator and every data call carries it, so the page
    // itself holds nothing secret and can be anonymous.
    [Function(nameof(GetModerationPage))]
    public IActionResult GetModerationPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ModerationPage)] HttpRequest request)
        => new HtmlPageResult(StaticAssets.Get("console.html").Bytes, framable: false, cacheControl: "no-cache");
}
