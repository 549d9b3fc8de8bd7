using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Comments;

// The reader's address as every feature keys it: its keyed hash, never the address itself.
public static class ClientAddressHash
{
    public static string Of(HttpRequest request, SiteHasher hasher)
        => hasher.ClientAddress(Http.ClientAddress.Of(request));
}
