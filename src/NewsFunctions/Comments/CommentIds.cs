using System.Security.Cryptography;

namespace NewsFunctions.Comments;

// Ids are fixed at submission: 12 hex digits of Unix milliseconds, then 16 random hex digits.
// Fixed width and lowercase hex, so ordinal order is time order (oldest first is a range read) and
// the id is safe in a URL and as a table key with no escaping.
public static class CommentIds
{
    public const int Length = 28;

    public static string New(DateTimeOffset now)
        => now.ToUnixTimeMilliseconds().ToString("x12", System.Globalization.CultureInfo.InvariantCulture)
            + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? id)
        => id is { Length: Length } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
