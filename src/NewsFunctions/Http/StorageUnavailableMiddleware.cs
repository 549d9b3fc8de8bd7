using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using NewsFunctions.Storage;

namespace NewsFunctions.Http;

// Under the Functions host: storage that cannot be reached becomes 503 with Retry-After rather than
// the host's bare 500. The local host has the same rule in its own pipeline (StorageFailures decides).
public sealed class StorageUnavailableMiddleware(ILogger<StorageUnavailableMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex) && context.GetHttpContext() is { } httpContext)
        {
            logger.LogWarning(ex, "Storage unavailable during {Function}", context.FunctionDefinition.Name);
            await Problems.ServiceUnavailable().ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new()));
        }
    }
}
