using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace NewsFunctions.Http;

// Puts the CORS answer headers on every readers' route response. The worker middleware does it under
// the Functions host; UseNewsCors does the same for the local host's ASP.NET Core pipeline. Both ask
// the one CorsPolicy, and the preflight itself is a function (CorsFunctions) that both hosts serve.
public sealed class CorsMiddleware(CorsPolicy policy) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } httpContext)
        {
            policy.AddResponseHeaders(httpContext);
        }

        return next(context);
    }
}
