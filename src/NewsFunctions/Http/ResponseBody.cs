using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

// The last step every result type shares: type, length, and the bytes unless the request was HEAD.
public static class ResponseBody
{
    public static async Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
