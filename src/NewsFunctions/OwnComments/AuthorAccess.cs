using NewsFunctions.Comments;

namespace NewsFunctions.OwnComments;

public enum AuthorAccessOutcome
{
    Allowed,
    NotFound,
    WrongToken,
    WindowOver,
    NotEditable,
}

// Whether the holder of a token may edit or withdraw a comment, decided without I/O. A comment of
// another article, or one already withdrawn, is not found: the token proves nothing about it. A
// reported comment cannot be edited back past its reporters; it can still be withdrawn.
public static class AuthorAccess
{
    public static AuthorAccessOutcome Check(
        StoredComment? comment, string slug, string? token, SiteHashers hashers, DateTimeOffset now, int editWindowSeconds, bool forEdit)
    {
        if (comment is null || comment.ArticleSlug != slug || comment.Status == CommentStatuses.Deleted)
        {
            return AuthorAccessOutcome.NotFound;
        }

        if (!EditTokens.Matches(token, comment.EditHash, hashers))
        {
            return AuthorAccessOutcome.WrongToken;
        }

        if (!EditTokens.WindowOpen(comment.CreatedAt, now, editWindowSeconds))
        {
            return AuthorAccessOutcome.WindowOver;
        }

        // Spam and rejected comments were decided against; an edit would be a second try at the
        // same place, which is what a new comment is for.
        var editable = comment.Status is CommentStatuses.Approved or CommentStatuses.Pending && comment.ReportCount == 0;
        return forEdit && !editable ? AuthorAccessOutcome.NotEditable : AuthorAccessOutcome.Allowed;
    }
}
