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
        => !string.IsNullOrWhiteSpace(ifNoneMatch)
            && ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag);
}
