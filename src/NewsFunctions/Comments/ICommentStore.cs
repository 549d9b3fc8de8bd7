namespace NewsFunctions.Comments;

public interface ICommentStore
{
    Task<StoredComment?> GetAsync(string id, CancellationToken cancellationToken);

    // Inserts the comment unless one with its id exists; then returns the stored one and Created false.
    Task<(StoredComment Comment, bool Created)> AddAsync(StoredComment comment, CancellationToken cancellationToken);

    // Replaces the comment if it still has the given storage ETag; throws RequestFailedException 412 if not.
    Task<StoredComment> UpdateAsync(StoredComment comment, string storageETag, CancellationToken cancellationToken);

    // The index row a comment in its current status needs: its public row when approved, else its status row.
    Task WriteIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken);

    // The same, replacing a public row that exists (an edit changes its text).
    Task ReplaceIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken);

    // Removes the index row the comment had while it was in the given status.
    Task RemoveIndexRowsAsync(StoredComment comment, string status, CancellationToken cancellationToken);

    // The public comments of an article, oldest or newest first; afterId is the last id of the page
    // before, in that order. Replies under a comment that is not public are left out.
    Task<(IReadOnlyList<PublicCommentRow> Items, string? LastKey)> ListApprovedAsync(string articleSlug, int limit, string? afterId, bool newestFirst, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredComment> Items, string? LastKey)> ListByStatusAsync(string status, int limit, string? afterId, CancellationToken cancellationToken);

    // Every comment stored under one email's keyed hash, oldest first. A scan of the main entities:
    // for a reader's data request, which is rare, not for any page.
    // Clears the address hash of comments created before the cutoff; returns how many it cleared.
    Task<int> ForgetAddressesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    // The comments under any of the avatar keys (a reader's under each secret of a rotation), in one scan.
    Task<IReadOnlyList<StoredComment>> ListByAvatarKeysAsync(IReadOnlyCollection<string> avatarKeys, CancellationToken cancellationToken);

    // The newest `max` comments whose main entity is in the status (ids are time-ordered).
    Task<IReadOnlyList<StoredComment>> LatestByStatusAsync(string status, int max, CancellationToken cancellationToken);
}
