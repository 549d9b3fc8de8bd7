using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Comments;

// The reader's address as every feature keys it: its keyed hash, never the address itself.
public static class ClientAddress
{
    public static string HashOf(HttpRequest request, SiteHasher hasher)
        => hasher.ClientAddress(request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
