using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace NewsFunctions.Http;

// Our own result type rather than ObjectResult: it writes the same bytes under the Functions host
// and the local host without depending on which MVC formatters either one registered.
public sealed class JsonBodyResult(object? body, int statusCode = StatusCodes.Status200OK, string contentType = JsonBodyResult.JsonContentType)
    : IActionResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    public object? Body { get; } = body;
    public int StatusCode { get; } = statusCode;
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public JsonBodyResult WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (Body is null)
        {
            return;
        }

        await ResponseBody.WriteAsync(context.HttpContext, JsonSerializer.SerializeToUtf8Bytes(Body, Body.GetType(), ApiJson.Options), contentType);
    }
}
