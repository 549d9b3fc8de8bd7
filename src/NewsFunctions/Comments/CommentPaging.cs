using Microsoft.AspNetCore.Http;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

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
