namespace NewsFunctions.Moderation;

// What a reader's rows under the previous secret's keys hold during a rotation: the comment that
// claimed the same duplicate key, the latest submission and the last approval by email, and the
// latest submission by address. Nothing writes these rows after the rotation, so a redelivery reads
// the same and decides as the first delivery did.
public sealed record EarlierClaims(string? DuplicateOwner, RecentSubmission? Latest, DateTimeOffset? LastApproved, RecentSubmission? LatestByAddress = null)
{
    public static EarlierClaims None { get; } = new(null, null, null);

    // The findings as if the rows had been written with the current secret: an earlier identical
    // comment is a duplicate, and the later of the two submissions and approvals counts. A latest
    // row after this comment's own time is left out, as the current row's swap leaves it out.
    public DurableFindings AddTo(DurableFindings found, string commentId, DateTimeOffset submittedAt)
    {
        RecentSubmission? Before(RecentSubmission? earlier) => earlier is not null && earlier.CommentId != commentId && earlier.At <= submittedAt ? earlier : null;
        return found with
        {
            DuplicateOf = found.DuplicateOf ?? (DuplicateOwner is { } owner && owner != commentId ? owner : null),
            PreviousByEmail = Later(found.PreviousByEmail, Before(Latest)),
            PreviousByAddress = Later(found.PreviousByAddress, Before(LatestByAddress)),
            LastApproved = Max(found.LastApproved, LastApproved),
        };
    }

    private static RecentSubmission? Later(RecentSubmission? a, RecentSubmission? b)
        => a is null ? b : b is null || a.At >= b.At ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b)
        => a is null ? b : b is null || a >= b ? a : b;
}
