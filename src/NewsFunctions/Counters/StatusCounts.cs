using NewsFunctions.Comments;

namespace NewsFunctions.Counters;

// How many comments have each status. Immutable: a transaction's new counts are computed from the
// counts it read, and only written if nobody changed them in between.
public sealed record StatusCounts(int Pending, int Approved, int Spam, int Rejected, int Deleted)
{
    public static readonly StatusCounts Zero = new(0, 0, 0, 0, 0);

    public int Of(string status) => status switch
    {
        CommentStatuses.Pending => Pending,
        CommentStatuses.Approved => Approved,
        CommentStatuses.Spam => Spam,
        CommentStatuses.Rejected => Rejected,
        CommentStatuses.Deleted => Deleted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a comment status."),
    };

    // A status of null (a comment not counted, or gone) changes nothing.
    public StatusCounts Add(string? status, int delta) => status switch
    {
        null => this,
        CommentStatuses.Pending => this with { Pending = Pending + delta },
        CommentStatuses.Approved => this with { Approved = Approved + delta },
        CommentStatuses.Spam => this with { Spam = Spam + delta },
        CommentStatuses.Rejected => this with { Rejected = Rejected + delta },
        CommentStatuses.Deleted => this with { Deleted = Deleted + delta },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a comment status."),
    };

    public StatusCounts Plus(StatusCounts other)
        => new(Pending + other.Pending, Approved + other.Approved, Spam + other.Spam, Rejected + other.Rejected, Deleted + other.Deleted);

    public static StatusCounts Tally(IEnumerable<string> statuses)
        => statuses.Aggregate(Zero, (counts, status) => CommentStatuses.IsKnown(status) ? counts.Add(status, 1) : counts);
}
