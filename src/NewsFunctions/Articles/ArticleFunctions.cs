using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Http;

namespace NewsFunctions.Articles;

public sealed class ArticleFunctions(IArticleStore store, TimeProvider clock, ILogger<ArticleFunctions> logger)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    // Readers' browsers and the CDN may keep an article a minute; revalidation with the ETag is cheap.
    private const string ArticleCacheControl = "public, max-age=60, stale-while-revalidate=300";

    [Function(nameof(ListArticles))]
    public async Task<IActionResult> ListArticles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Articles)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (page, problem) = QueryParameters.ReadPage(request, DefaultPageSize, MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        var category = request.Query["category"].ToString().Trim();
        if (category.Length > ArticleValidator.MaxCategoryLength || category.Any(char.IsControl))
        {
            return Problems.Validation("category", $"category may be at most {ArticleValidator.MaxCategoryLength} characters.");
        }

        var (items, lastKey) = await store.ListAsync(category.Length == 0 ? null : category, page!.Limit, page.AfterRowKey, cancellationToken);
        var body = new ArticlePage(items.Select(a => a.AsSummary()).ToList(), lastKey is null ? null : PageCursor.Encode(lastKey));
        return new JsonBodyResult(body).WithHeader("Cache-Control", "public, max-age=30");
    }

    [Function(nameof(GetArticle))]
    public async Task<IActionResult> GetArticle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Article)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug))
        {
            return Problems.NotFound("No article has that slug.");
        }

        var article = await store.GetAsync(slug, cancellationToken);
        if (article is null)
        {
            return Problems.NotFound("No article has that slug.");
        }

        var answer = ArticleAnswer.Of(article);
        if (ETags.NoneMatchHits(request.Headers.IfNoneMatch.ToString(), answer.ETag))
        {
            return new JsonBodyResult(null, StatusCodes.Status304NotModified)
                .WithHeader("ETag", answer.ETag)
                .WithHeader("Cache-Control", ArticleCacheControl);
        }

        return new BytesResult(answer.Json, JsonBodyResult.JsonContentType)
            .WithHeader("ETag", answer.ETag)
            .WithHeader("Cache-Control", ArticleCacheControl);
    }

    [Function(nameof(PutArticle))]
    public async Task<IActionResult> PutArticle(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Routes.Article)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Editor);
        if (refused is not null)
        {
            return refused;
        }

        if (!Slugs.IsValid(slug))
        {
            return Problems.Validation("slug", $"A slug is 1 to {Slugs.MaxLength} lowercase ASCII letters, digits, '-' or Arabic letters.");
        }

        var (input, problem) = await RequestBody.ReadJsonAsync<ArticleInput>(request, ArticleValidator.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (ArticleValidator.IsBodyTooLong(input!))
        {
            return Problems.PayloadTooLarge($"body may be at most {ArticleValidator.MaxBodyLength:N0} characters.");
        }

        var now = clock.GetUtcNow();
        var (draft, errors) = ArticleValidator.Validate(slug, input!, now);
        if (draft is null)
        {
            return Problems.Validation(errors);
        }

        var created = await store.SaveAsync(draft, now, cancellationToken);
        logger.LogInformation("Article {Slug} {Action}", slug, created ? "created" : "replaced");
        var saved = await store.GetAsync(slug, cancellationToken);
        var status = created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        var result = new JsonBodyResult(saved?.AsArticle(), status);
        if (saved is not null)
        {
            result.WithHeader("ETag", ETags.FromStorage(saved.ETag));
        }

        return created ? result.WithHeader("Location", Routes.Path(Routes.Article, slug)) : result;
    }

    [Function(nameof(DeleteArticle))]
    public async Task<IActionResult> DeleteArticle(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Routes.Article)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Editor);
        if (refused is not null)
        {
            return refused;
        }

        if (!Slugs.IsValid(slug) || !await store.DeleteAsync(slug, cancellationToken))
        {
            return Problems.NotFound("No article has that slug.");
        }

        logger.LogInformation("Article {Slug} deleted", slug);
        return new StatusCodeResult(StatusCodes.Status204NoContent);
    }
}
