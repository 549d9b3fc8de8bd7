using NewsFunctions.Comments;

namespace NewsFunctions.Moderation;

// What the durable checks found for one comment, so that deciding needs no I/O: the earlier identical
// comment, the parent, the reader's and the address's previous submissions, and how many other
// authors posted the same text within the near-duplicate window, and when the reader last had a
// comment approved (null when unknown or not asked), and whether a ban covers the reader's email or address.
public sealed record DurableFindings(
    string? DuplicateOf,
    StoredComment? Parent,
    RecentSubmission? PreviousByEmail,
    RecentSubmission? PreviousByAddress,
    int OtherAuthors,
    DateTimeOffset? LastApproved = null,
    bool Banned = false);
