using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Http;

// Which other sites may call the readers' routes from a browser: the origins in Cors:AllowedOrigins
// (comma-separated, the same list the Bicep gives the platform). In Azure the platform's CORS answers
// first and takes precedence; this app-level policy is what the local host (and `func start` without
// Host.CORS) uses, so both hosts let the same sites embed the widget.
public sealed class CorsPolicy
{
    public const string SettingName = "Cors:AllowedOrigins";

    // Only the routes the widget calls. The moderation routes need a key and are only ever called by
    // the console page on the app's own origin, so no other site is ever allowed to read them.
    private static readonly PathString ReadersRoutes = "/" + Routes.Prefix + "/" + Routes.Articles;

    private readonly HashSet<string> origins;
    private readonly bool anyOrigin;

    public CorsPolicy(IConfiguration configuration)
    {
        var listed = (configuration[SettingName] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(o => o.TrimEnd('/'))
            .ToList();
        anyOrigin = listed.Contains("*");
        origins = new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase);
    }

    public bool IsAllowed(string? origin) => !string.IsNullOrEmpty(origin) && origin != "null" && (anyOrigin || origins.Contains(origin));

    public static bool AppliesTo(PathString path) => path.StartsWithSegments(ReadersRoutes, StringComparison.OrdinalIgnoreCase);

    // Adds the answer headers for an allowed origin. Vary: Origin always, so a cache never hands one
    // site's answer, with its Access-Control-Allow-Origin, to another.
    public void AddResponseHeaders(HttpContext context)
    {
        if (!AppliesTo(context.Request.Path))
        {
            return;
        }

        context.Response.Headers.Append("Vary", "Origin");
        var origin = context.Request.Headers.Origin.ToString();
        if (IsAllowed(origin))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin;
            context.Response.Headers.AccessControlExposeHeaders = "Retry-After, ETag";
        }
    }

    // The preflight answer's own headers (Allow-Origin comes from AddResponseHeaders, as on any answer):
    // only for a listed origin, so the browser itself refuses the real request from anywhere else.
    public void AddPreflightHeaders(HttpContext context)
    {
        if (IsAllowed(context.Request.Headers.Origin.ToString()))
        {
            context.Response.Headers.AccessControlAllowMethods = "GET, POST, PUT, DELETE, OPTIONS";
            context.Response.Headers.AccessControlAllowHeaders = "Content-Type, X-Comment-Token";
            context.Response.Headers.AccessControlMaxAge = "600";
        }
    }
}
