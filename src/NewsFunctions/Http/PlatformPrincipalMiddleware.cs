using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Http;

// Under the Functions host: a signed-in user's validated principal becomes HttpContext.User, which
// Access reads for the role and the name. With the platform's authentication off the header is
// ignored, because then nothing stops a client from sending it.
public sealed class PlatformPrincipalMiddleware(IConfiguration configuration) : IFunctionsWorkerMiddleware
{
    private readonly bool platformAuthentication = string.Equals(configuration[PlatformPrincipal.EnabledSetting], "true", StringComparison.OrdinalIgnoreCase);

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (platformAuthentication && context.GetHttpContext() is { } http
            && PlatformPrincipal.Read(http.Request.Headers[PlatformPrincipal.Header]) is { } caller)
        {
            http.User = caller.ToPrincipal("AppServiceAuthentication");
        }

        return next(context);
    }
}
