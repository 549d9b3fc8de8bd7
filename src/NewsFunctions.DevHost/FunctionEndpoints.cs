using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.DevHost;

public static class FunctionEndpoints
{
    // Maps every HTTP-triggered function under /api with its own route, methods and auth level.
    public static void MapFunctions(this WebApplication app, FunctionCatalog catalog)
    {
        var keys = app.Services.GetRequiredService<FunctionKeys>();
        foreach (var function in catalog.HttpFunctions)
        {
            var invoke = FunctionInvoker.ForHttp(function);

            // Our results read only the HttpContext; a new ActionDescriptor per request would cost a
            // random Guid and two dictionaries for nothing, so each route shares one.
            var action = new ActionDescriptor { DisplayName = function.Name };
            app.MapMethods($"/{Routes.Prefix}/{function.Route}", function.Methods, async context =>
            {
                IActionResult result;
                if (function.Level == AuthorizationLevel.Anonymous)
                {
                    result = await invoke(context);
                }
                else if (keys.Authenticate(context.Request) is { } caller)
                {
                    // The functions read the caller from here, never from a header a client could send.
                    context.User = caller;
                    result = await invoke(context);
                }
                else
                {
                    result = Problems.Unauthorized();
                }

                await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), action));
            }).WithName(function.Name);
        }
    }

    // Answers what a function could not: storage down is 503 with Retry-After, a body Kestrel refused
    // is its own 4xx, anything else a bare problem 500. Never a stack trace.
    public static void UseFunctionErrors(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted)
            {
                var logger = context.RequestServices.GetRequiredService<ILogger<FunctionCatalog>>();
                var problem = ex switch
                {
                    _ when StorageFailures.IsUnavailable(ex) => Problems.ServiceUnavailable(),
                    BadHttpRequestException bad => Problems.Create(bad.StatusCode, "The request could not be read.", "The request was malformed or too large."),
                    OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
                    _ => Problems.InternalError(),
                };
                if (problem is null)
                {
                    return;
                }

                logger.LogError(ex, "Request {Method} {Path} failed with {Status}", context.Request.Method, context.Request.Path, problem.StatusCode);
                context.Response.Clear();
                await problem.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new()));
            }
        });
    }
}
