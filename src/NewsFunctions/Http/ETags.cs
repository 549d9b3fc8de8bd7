using System.Security.Cryptography;
using System.Text;

namespace NewsFunctions.Http;

public static class ETags
{
    // The storage ETag names a version of the entity; hashing it gives a strong, opaque HTTP ETag
    // that reveals nothing about storage. Articles and moderated comments both use it.
    public static string FromStorage(string storageETag)
        => "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storageETag)).AsSpan(0, 12)) + "\"";

    // If-None-Match (RFC 9110): a list of tags, weak or strong, or "*".
    public static bool NoneMatchHits(string ifNoneMatch, string etag)
        => !string.IsNullOrWhiteSpace(ifNoneMatch) && Tags(ifNoneMatch).Any(t => t == "*" || t == etag || t == "W/" + etag);

    // If-Match: no header means an unconditional change; "*" matches any existing version. A tag
    // sent weak or without its quotes matches as well.
    public static bool IfMatchAllows(string? ifMatch, string etag)
        => string.IsNullOrWhiteSpace(ifMatch) || Tags(ifMatch).Any(t =>
        {
            var tag = t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t;
            return tag == "*" || tag == etag || "\"" + tag + "\"" == etag;
        });

    private static IEnumerable<string> Tags(string header) => header.Split(',').Select(t => t.Trim());
}
