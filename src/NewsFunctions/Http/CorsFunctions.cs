using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.Http;

// The browser's preflight before the widget of another origin sends JSON to the readers' routes:
// posting, editing or withdrawing (with the token header) and reporting a comment.
// The response headers themselves are added by CorsMiddleware (or UseNewsCors on the local host),
// so this function only has to exist and say "no content".
public sealed class CorsFunctions(CorsPolicy policy)
{
    [Function(nameof(PreflightComments))]
    public IActionResult PreflightComments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = Routes.ArticleComments)] HttpRequest request,
        string slug)
    {
        policy.AddPreflightHeaders(request.HttpContext);
        return new StatusCodeResult(StatusCodes.Status204NoContent);
    }

    [Function(nameof(PreflightComment))]
    public IActionResult PreflightComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = Routes.ArticleComment)] HttpRequest request,
        string slug,
        string id)
        => PreflightComments(request, slug);

    [Function(nameof(PreflightCommentReports))]
    public IActionResult PreflightCommentReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "options", Route = Routes.CommentReports)] HttpRequest request,
        string slug,
        string id)
        => PreflightComments(request, slug);
}
