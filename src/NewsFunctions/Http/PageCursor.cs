using System.Buffers.Text;
using System.Text;

namespace NewsFunctions.Http;

// Paging cursors are opaque to clients: the last row key served, base64url-encoded with a version
// prefix so the format can change without old cursors being misread.
public static class PageCursor
{
    private const string Version = "1:";

    public static string Encode(string rowKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + rowKey));

    public static bool TryDecode(string? cursor, out string? rowKey)
    {
        rowKey = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (cursor.Length > 2048 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!text.StartsWith(Version, StringComparison.Ordinal) || text.Length == Version.Length)
        {
            return false;
        }

        rowKey = text[Version.Length..];
        return true;
    }
}
