using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace NewsFunctions.Tests.TestSupport;

public sealed record ExecutedResult(int Status, IHeaderDictionary Headers, string? ContentType, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

// Requests built on DefaultHttpContext and results executed into it, as a host would, so function
// classes are tested through what a client would actually receive.
public static class HttpTestContext
{
    public static HttpRequest Request(string method = "GET", string? json = null, string contentType = "application/json", string? query = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (query is not null)
        {
            context.Request.QueryString = new QueryString(query.StartsWith('?') ? query : "?" + query);
        }

        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<ExecutedResult> ExecuteAsync(this IActionResult result, HttpRequest request)
    {
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new()));
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new ExecutedResult(context.Response.StatusCode, context.Response.Headers, context.Response.ContentType, body);
    }
}
