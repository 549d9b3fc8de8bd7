using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NewsFunctions.Http;

public static class QueryParameters
{
    // Reads limit and cursor. Returns the problem to answer when either is malformed.
    public static (PageRequest? Page, JsonBodyResult? Problem) ReadPage(HttpRequest request, int defaultLimit, int maxLimit)
    {
        var limit = defaultLimit;
        var limitText = request.Query["limit"].ToString();
        if (limitText.Length > 0
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > maxLimit))
        {
            return (null, Problems.Validation("limit", $"limit must be a whole number from 1 to {maxLimit}."));
        }

        if (!PageCursor.TryDecode(request.Query["cursor"].ToString(), out var afterRowKey))
        {
            return (null, Problems.Validation("cursor", "cursor is not one this API gave out."));
        }

        return (new PageRequest(limit, afterRowKey), null);
    }
}
