using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using NewsFunctions.Http;

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

public static class CommentPaging
{
    // The same for readers' and moderators' listings (API.md).
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    // limit and cursor as for every listing, plus: a comment cursor must name a comment id, so a
    // forged cursor cannot steer the range read outside comment ids.
    public static (PageRequest? Page, JsonBodyResult? Problem) Read(HttpRequest request)
    {
        var (page, problem) = QueryParameters.ReadPage(request, DefaultPageSize, MaxPageSize);
        if (problem is not null)
        {
            return (null, problem);
        }

        return page!.AfterRowKey is not null && !CommentIds.IsValid(page.AfterRowKey)
            ? (null, Problems.Validation("cursor", "cursor is not one this API gave out."))
            : (page, null);
    }
}
