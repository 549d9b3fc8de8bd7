namespace NewsFunctions.Moderation;

public interface IReaderClaimStore
{
    // Claims the duplicate key (an HMAC that includes the email) for commentId and records commentId as
    // the latest submission under the reader's email key. Returns the key's owner (commentId itself
    // unless an identical comment came first, also on a redelivery) and the reader's submission
    // before this one, as SwapLatestSubmissionAsync does. A reader's first comment costs one request.
    Task<ReaderClaim> ClaimAsReaderAsync(string readerKey, string duplicateKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken);

    // Records commentId as the latest submission under a flood key (a keyed hash of an email or an
    // address) and returns the one recorded before it, if any. Asking again for the same comment
    // returns the same answer, so a redelivery decides as the first delivery did.
    Task<RecentSubmission?> SwapLatestSubmissionAsync(string floodKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken);

    // Reads, in one request and without writing, the rows a reader's key of the previous secret left
    // (a rotation): the owner of the duplicate key, the latest submission and the last approval.
    Task<EarlierClaims> ReadEarlierClaimsAsync(string readerKey, string duplicateKey, CancellationToken cancellationToken);

    // Reads, without writing, the latest submission under a flood key (an address's hash under a
    // rotation's previous secret), or null.
    Task<RecentSubmission?> ReadLatestSubmissionAsync(string floodKey, CancellationToken cancellationToken);

    // When a comment under the reader's email key was last approved (by moderation or a moderator),
    // or null: a reader with a recent approval is trusted (trustApprovedReaders).
    Task<DateTimeOffset?> LastApprovedAsync(string readerKey, CancellationToken cancellationToken);

    // Records an approval at `at`, the time it happened, so a later call never moves it back much.
    Task RecordApprovedAsync(string readerKey, DateTimeOffset at, CancellationToken cancellationToken);

    // Deletes every row under a flood key (an email's or an address's): latest, duplicate keys, approval.
    Task ForgetAsync(string floodKey, CancellationToken cancellationToken);

    // Deletes the addresses' latest-submission rows last written before the cutoff; returns how many.
    Task<int> ForgetAddressesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
