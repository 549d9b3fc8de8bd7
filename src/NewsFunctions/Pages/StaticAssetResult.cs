using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

// A static script or stylesheet with an ETag: a matching If-None-Match costs a 304 and no body.
public sealed class StaticAssetResult(StaticAsset asset, string cacheControl) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = cacheControl;
        response.Headers["X-Content-Type-Options"] = "nosniff";

        // The widget is loaded by other sites; this lets pages that isolate themselves (COEP) still use it.
        response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        if (ETags.NoneMatchHits(request.Headers.IfNoneMatch.ToString(), asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        await ResponseBody.WriteAsync(context.HttpContext, asset.Bytes, asset.ContentType);
    }
}
