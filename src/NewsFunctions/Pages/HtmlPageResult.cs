using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

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

    public string? Location { get; private set; }

    public HtmlPageResult WithLocation(string location)
    {
        Location = location;
        return this;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.Headers.CacheControl = cacheControl;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        PageSecurity.Apply(response, framable);
        await ResponseBody.WriteAsync(context.HttpContext, body, "text/html; charset=utf-8");
    }
}
