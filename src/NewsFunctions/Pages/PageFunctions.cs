using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

public sealed class PageFunctions(IArticleStore store, ICommentStore comments, CommentSubmission submission)
{
    private const int RelatedCount = 5;

    // Set on the redirect after a form post that went into the queue: the page then says so.
    public const string PostedParameter = "posted";

    [Function(nameof(GetArticlePage))]
    public Task<IActionResult> GetArticlePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ArticlePage)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
        => PageAsync(slug, form: null, posted: request.Query.ContainsKey(PostedParameter), StatusCodes.Status200OK, cancellationToken);

    // The article page's own form, for readers without script. Success is a 303 back to the page
    // (a reload does not post twice); a refusal renders the page again, with what the reader typed.
    [Function(nameof(PostArticlePageComment))]
    public async Task<IActionResult> PostArticlePageComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ArticlePage)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var stored = Slugs.IsValid(slug) ? await store.GetAsync(slug, cancellationToken) : null;
        if (stored is null || !stored.Draft.CommentsOpen)
        {
            return await PageAsync(slug, CommentFormState.Empty, posted: false, stored is null ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden, cancellationToken);
        }

        var (input, unreadable) = await CommentSubmission.ReadFormAsync(request, cancellationToken);
        var (accepted, refused) = input is null ? (null, unreadable) : await submission.QueueAsync(slug, input, request, cancellationToken);
        if (accepted is not null)
        {
            return new HtmlPageResult("", StatusCodes.Status303SeeOther).WithLocation($"{ArticlePageRenderer.PageHref(slug)}?{PostedParameter}=1#comments");
        }

        var words = FormWords.For(PageWords.For(stored.Draft.Language));
        var errors = (refused!.Body as ProblemBody)?.Errors ?? new Dictionary<string, string[]>();
        var message = refused.StatusCode switch
        {
            StatusCodes.Status400BadRequest when errors.Count > 0 => words.FixFields,
            StatusCodes.Status429TooManyRequests => words.TooFast,
            _ => words.Failed,
        };
        return await PageAsync(slug, new CommentFormState(input, errors, message, NoticeIsError: true), posted: false, refused.StatusCode, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(string slug, CommentFormState? form, bool posted, int status, CancellationToken cancellationToken)
    {
        var stored = Slugs.IsValid(slug) ? await store.GetAsync(slug, cancellationToken) : null;
        if (stored is null)
        {
            return new HtmlPageResult(ArticlePageRenderer.RenderNotFound(), StatusCodes.Status404NotFound);
        }

        var article = stored.AsArticle();
        form ??= posted
            ? CommentFormState.Empty with { Notice = FormWords.For(PageWords.For(article.Language)).Posted }
            : CommentFormState.Empty;

        // One more than shown, because the article itself is usually among the newest of its category.
        var (sameCategory, _) = await store.ListAsync(article.Category, RelatedCount + 1, afterKey: null, cancellationToken);
        var related = Others(sameCategory, slug);
        var isSameCategory = related.Count > 0;
        if (!isSameCategory)
        {
            var (latest, _) = await store.ListAsync(category: null, RelatedCount + 1, afterKey: null, cancellationToken);
            related = Others(latest, slug);
        }

        var (shown, _) = await comments.ListApprovedAsync(slug, CommentPaging.DefaultPageSize, afterId: null, newestFirst: false, cancellationToken);
        var html = ArticlePageRenderer.Render(article, related, isSameCategory, shown.Select(c => c.AsPublic()).ToList(), article.CommentCount, form);

        // A page that echoes what one reader typed (their email too) is theirs alone: never cached.
        // The plain page may be: its comments are at most as stale as the public listing's 5 s.
        return new HtmlPageResult(html, status, cacheControl: form.Kept is null ? "public, max-age=5" : "no-store");
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
