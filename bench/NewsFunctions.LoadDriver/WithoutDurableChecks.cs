using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Spam;

namespace NewsFunctions.LoadDriver;

// For the drain report only, never used by the app: the app's moderation with its four keyed
// durable checks (the duplicate key, the flood rows for email and address, the near-duplicate row)
// answering "nothing seen before" without a request, so the report shows what dropping them would
// buy. Everything else goes to the app's own store.
public sealed class WithoutDurableChecks(ICommentStore store) : ICommentStore, INearDuplicateStore
{
    public Task<ReaderClaim> ClaimAsReaderAsync(string readerKey, string duplicateKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
        => Task.FromResult(new ReaderClaim(commentId, null));

    public Task<RecentSubmission?> SwapLatestSubmissionAsync(string floodKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
        => Task.FromResult<RecentSubmission?>(null);

    public Task<int> RecordAndCountOtherAuthorsAsync(NearDuplicateSignature signature, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
        => Task.FromResult(0);

    public Task<StoredComment?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<(StoredComment Comment, bool Created)> AddAsync(StoredComment comment, CancellationToken cancellationToken) => store.AddAsync(comment, cancellationToken);

    public Task<StoredComment> UpdateAsync(StoredComment comment, string storageETag, CancellationToken cancellationToken) => store.UpdateAsync(comment, storageETag, cancellationToken);

    public Task WriteIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken) => store.WriteIndexRowsAsync(comment, cancellationToken);

    public Task RemoveIndexRowsAsync(StoredComment comment, string status, CancellationToken cancellationToken) => store.RemoveIndexRowsAsync(comment, status, cancellationToken);

    public Task<(IReadOnlyList<PublicCommentRow> Items, string? LastKey)> ListApprovedAsync(string articleSlug, int limit, string? afterId, CancellationToken cancellationToken)
        => store.ListApprovedAsync(articleSlug, limit, afterId, cancellationToken);

    public Task<(IReadOnlyList<StoredComment> Items, string? LastKey)> ListByStatusAsync(string status, int limit, string? afterId, CancellationToken cancellationToken)
        => store.ListByStatusAsync(status, limit, afterId, cancellationToken);

    public Task<int> CountAsync(string status, CancellationToken cancellationToken) => store.CountAsync(status, cancellationToken);

    public Task<IReadOnlyList<StoredComment>> LatestByStatusAsync(string status, int max, CancellationToken cancellationToken)
        => store.LatestByStatusAsync(status, max, cancellationToken);
}
