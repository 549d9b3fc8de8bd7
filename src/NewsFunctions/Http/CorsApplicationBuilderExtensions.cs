using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Http;

public static class CorsApplicationBuilderExtensions
{
    public static IApplicationBuilder UseNewsCors(this IApplicationBuilder app)
    {
        var policy = app.ApplicationServices.GetRequiredService<CorsPolicy>();
        return app.Use((context, next) =>
        {
            policy.AddResponseHeaders(context);
            return next(context);
        });
    }
}
