using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.Http;

// The browser's preflight before the widget POSTs JSON to the comments route of another origin.
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
}
