namespace NewsFunctions.Comments;

// Where a comment's rows live: its main entity (partition = id), its status index row and its
// public row under its article.
internal static class CommentKeys
{
    internal const string MainRow = "comment";

    internal const string ReportedPrefix = "!";

    internal static string StatusPartition(string status) => "s-" + status;

    internal static string StatusRowKey(StoredComment comment, string status)
        => status == CommentStatuses.Pending && comment.ReportCount > 0 ? ReportedPrefix + comment.Id : comment.Id;

    internal static string IdOfStatusRow(string rowKey) => rowKey.StartsWith(ReportedPrefix, StringComparison.Ordinal) ? rowKey[1..] : rowKey;

    internal static string ApprovedPartition(string articleSlug) => "a-" + articleSlug;
}
