using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Pages;

// Security headers every HTML page carries. No inline script or style is allowed anywhere: page code
// lives in served .js files, so an injected <script> or on* attribute has nothing to run with. Trusted
// Types go one further in browsers that have them: assigning a string to innerHTML (or any other
// HTML sink) throws, so the pages' own code cannot turn reader text into markup even by mistake.
public static class PageSecurity
{
    public static string ContentSecurityPolicy(bool framable)
        => "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; "
            + (framable ? "frame-ancestors 'self'" : "frame-ancestors 'none'");

    public static void Apply(HttpResponse response, bool framable)
    {
        response.Headers["Content-Security-Policy"] = ContentSecurityPolicy(framable);
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        if (!framable)
        {
            response.Headers["X-Frame-Options"] = "DENY";
        }
    }
}
