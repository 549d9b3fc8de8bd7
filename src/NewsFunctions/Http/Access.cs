using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

// The role check every protected function makes first. The host has already refused a request
// without a valid key (401); what is left is whether this caller's role allows the route.
public static class Access
{
    public static (Caller? Caller, JsonBodyResult? Problem) Require(HttpRequest request, string role)
    {
        var caller = Of(request);
        return caller.Has(role)
            ? (caller, null)
            : (null, Problems.Forbidden($"This needs the {role} role; {caller.Name} does not have it."));
    }

    // The role first and the body after: a caller without the role learns nothing from how their
    // body would have been judged.
    public static async Task<(Caller? Caller, T? Body, JsonBodyResult? Problem)> ReadAsync<T>(
        HttpRequest request, string role, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        var (caller, refused) = Require(request, role);
        if (refused is not null)
        {
            return (null, null, refused);
        }

        var (body, problem) = await RequestBody.ReadJsonAsync<T>(request, maxBytes, cancellationToken);
        return (caller, body, problem);
    }

    // An authenticated user on the context is a local named key or App Service authentication's
    // principal; without one, the Functions host let the request in on a function key alone.
    public static Caller Of(HttpRequest request)
        => request.HttpContext.User.Identity is { IsAuthenticated: true }
            ? Caller.From(request.HttpContext.User)
            : Caller.KeyHolder;
}
