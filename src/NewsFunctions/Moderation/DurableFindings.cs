using NewsFunctions.Comments;

namespace NewsFunctions.Moderation;

// What the durable checks found for one comment, so that deciding needs no I/O: the earlier identical
// comment, the parent, the reader's and the address's previous submissions, and how many other
// authors posted the same text within the near-duplicate window.
public sealed record DurableFindings(
    string? DuplicateOf,
    StoredComment? Parent,
    RecentSubmission? PreviousByEmail,
    RecentSubmission? PreviousByAddress,
    int OtherAuthors);
