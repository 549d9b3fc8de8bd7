using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace NewsFunctions.Http;

// Fixed bytes with a content type: documents and static assets. Like JsonBodyResult it needs no MVC
// executor, so it behaves the same under both hosts.
public sealed class BytesResult(byte[] content, string contentType) : IActionResult
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public BytesResult WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        await ResponseBody.WriteAsync(context.HttpContext, content, contentType);
    }
}
