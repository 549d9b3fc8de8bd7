using NewsFunctions.Comments;

namespace NewsFunctions.Pages;

// What the page's own form shows after a post: the reader's text kept, an error per field, or the
// notice that the comment is awaiting moderation. Empty on a plain visit.
public sealed record CommentFormState(CommentInput? Kept, IReadOnlyDictionary<string, string[]> Errors, string? Notice, bool NoticeIsError)
{
    public static readonly CommentFormState Empty = new(null, new Dictionary<string, string[]>(), null, false);
}
