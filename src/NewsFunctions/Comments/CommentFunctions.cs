using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

public sealed class CommentFunctions(IArticleStore articles, ICommentStore comments, CommentSubmission submission)
{
    [Function(nameof(PostComment))]
    public async Task<IActionResult> PostComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ArticleComments)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var article = Slugs.IsValid(slug) ? ArticleState.Of(await articles.GetAsync(slug, cancellationToken)) : ArticleState.Missing;
        if (!article.Exists)
        {
            return Problems.NotFound("No article has that slug.");
        }

        if (!article.CommentsOpen)
        {
            return Problems.Forbidden("Comments are closed on this article.");
        }

        var isForm = RequestBody.IsForm(request);
        var (input, problem) = isForm
            ? await CommentSubmission.ReadFormAsync(request, cancellationToken)
            : await RequestBody.ReadJsonAsync<CommentInput>(request, CommentValidator.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (accepted, refused) = await submission.QueueAsync(slug, input!, request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        return isForm
            ? new JsonBodyResult(null, StatusCodes.Status303SeeOther).WithHeader("Location", Routes.Path(Routes.ArticlePage, slug))
            : new JsonBodyResult(accepted, StatusCodes.Status202Accepted);
    }

    [Function(nameof(ListComments))]
    public async Task<IActionResult> ListComments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ArticleComments)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var article = Slugs.IsValid(slug) ? await articles.GetAsync(slug, cancellationToken) : null;
        if (article is null)
        {
            return Problems.NotFound("No article has that slug.");
        }

        var (page, problem) = CommentPaging.Read(request);
        var sort = request.Query["sort"].ToString();
        if (problem is not null)
        {
            return problem;
        }

        if (sort.Length > 0 && sort is not (CommentPaging.Oldest or CommentPaging.Newest))
        {
            return Problems.Validation("sort", $"sort must be '{CommentPaging.Oldest}' or '{CommentPaging.Newest}'.");
        }

        var (items, lastKey) = await comments.ListApprovedAsync(slug, page!.Limit, page.AfterRowKey, sort == CommentPaging.Newest, cancellationToken);
        var body = new PublicCommentPage(items.Select(c => c.AsPublic()).ToList(), lastKey is null ? null : PageCursor.Encode(lastKey), article.CommentCount);
        return new JsonBodyResult(body).WithHeader("Cache-Control", "public, max-age=5");
    }
}
