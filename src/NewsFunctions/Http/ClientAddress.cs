using System.Net;
using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

// The reader's address, for the per-address limits and address hashes. In Azure the worker sees the
// Functions host's proxy (a loopback address) as its peer; App Service's front end appends the
// address it accepted the connection from to X-Forwarded-For, so the rightmost entry is the one the
// platform wrote and everything to its left is whatever the client sent. Locally the peer is the
// client itself, and X-Forwarded-For is only ever the client's own claim: it is ignored.
public static class ClientAddress
{
    // Set by App Service (Flex Consumption included) on every instance; never by the local host.
    public const string PlatformSetting = "WEBSITE_SITE_NAME";

    private static readonly bool BehindFrontEnd = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PlatformSetting));

    public static string Of(HttpRequest request)
        => From(request.Headers["X-Forwarded-For"].ToString(), request.HttpContext.Connection.RemoteIpAddress, BehindFrontEnd);

    public static string From(string? forwardedFor, IPAddress? peer, bool behindFrontEnd)
    {
        if (behindFrontEnd && forwardedFor?.Split(',').LastOrDefault()?.Trim() is { Length: > 0 } last && Parse(last) is { } platform)
        {
            return platform.ToString();
        }

        return peer?.ToString() ?? "unknown";
    }

    // "203.0.113.7", "203.0.113.7:52110", "[2001:db8::1]:443" or "2001:db8::1".
    private static IPAddress? Parse(string entry)
    {
        if (IPEndPoint.TryParse(entry, out var endPoint))
        {
            return endPoint.Address;
        }

        return IPAddress.TryParse(entry, out var address) ? address : null;
    }
}
