using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

// Security headers every HTML page carries. No inline script or style is allowed anywhere: page code
// lives in served .js files, so an injected <script> or on* attribute has nothing to run with. Trusted
// Types go one further in browsers that have them: assigning a string to innerHTML (or any other
// HTML sink) throws, so the pages' own code cannot turn reader text into markup even by mistake.
public static class PageSecurity
{
    public static string ContentSecurityPolicy(bool framable)
        => "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; "
            + (framable ? "frame-ancestors 'self'" : "frame-ancestors 'none'");

    public static void Apply(HttpResponse response, bool framable)
    {
        response.Headers["Content-Security-Policy"] = ContentSecurityPolicy(framable);
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        if (!framable)
        {
            response.Headers["X-Frame-Options"] = "DENY";
        }
    }
}

// An HTML page. The moderator console is never framable (clickjacking a moderator into approving);
// an article page may be framed by its own site.
public sealed class HtmlPageResult(byte[] body, int statusCode = StatusCodes.Status200OK, bool framable = true, string cacheControl = "no-cache")
    : IActionResult
{
    public HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK, bool framable = true, string cacheControl = "no-cache")
        : this(Encoding.UTF8.GetBytes(html), statusCode, framable, cacheControl)
    {
    }

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.Headers.CacheControl = cacheControl;
        PageSecurity.Apply(response, framable);
        await ResponseBody.WriteAsync(context.HttpContext, body, "text/html; charset=utf-8");
    }
}

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
