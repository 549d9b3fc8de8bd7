namespace NewsFunctions.Comments;

public static class CommentStatuses
{
    public const string Approved = "approved";
    public const string Pending = "pending";
    public const string Spam = "spam";
    public const string Rejected = "rejected";

    // Withdrawn by its author or erased on a reader's request: never served, kept for the record.
    public const string Deleted = "deleted";

    public static readonly IReadOnlyList<string> All = [Pending, Approved, Spam, Rejected, Deleted];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
