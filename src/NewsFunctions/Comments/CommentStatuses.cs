namespace NewsFunctions.Comments;

public static class CommentStatuses
{
    public const string Approved = "approved";
    public const string Pending = "pending";
    public const string Spam = "spam";
    public const string Rejected = "rejected";

    // Withdrawn by its author: never served again, kept so its history and count stay explainable.
    public const string Deleted = "deleted";

    public static readonly IReadOnlyList<string> All = [Pending, Approved, Spam, Rejected, Deleted];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
