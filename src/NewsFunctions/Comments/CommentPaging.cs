using Microsoft.AspNetCore.Http;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

public static class CommentPaging
{
    // The same for readers' and moderators' listings (API.md).
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    // The public listing's orders; oldest first is the default, as a conversation reads.
    public const string Oldest = "oldest";
    public const string Newest = "newest";

    // limit and cursor as for every listing, plus: a comment cursor must name a comment id, so a
    // forged cursor cannot steer the range read outside comment ids (a reported comment's status row
    // is its id behind one mark).
    public static (PageRequest? Page, JsonBodyResult? Problem) Read(HttpRequest request)
    {
        var (page, problem) = QueryParameters.ReadPage(request, DefaultPageSize, MaxPageSize);
        if (problem is not null)
        {
            return (null, problem);
        }

        return page!.AfterRowKey is not null && !CommentIds.IsValid(CommentKeys.IdOfStatusRow(page.AfterRowKey))
            ? (null, Problems.Validation("cursor", "cursor is not one this API gave out."))
            : (page, null);
    }
}
