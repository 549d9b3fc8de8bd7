using NewsFunctions.Moderation;
using NewsFunctions.Spam;

namespace NewsFunctions.LoadDriver;

// For the drain report only, never used by the app: the app's moderation with its four keyed
// durable checks (the duplicate key, the flood rows for email and address, the near-duplicate row,
// the ban lookup)
// answering "nothing seen before" without a request, so the report shows what dropping them would
// buy.
public sealed class WithoutDurableChecks : IReaderClaimStore, INearDuplicateStore, NewsFunctions.Bans.IBanStore
{
    public Task AddAsync(NewsFunctions.Bans.StoredBan ban, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<NewsFunctions.Bans.Ban>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<NewsFunctions.Bans.Ban>>([]);

    public Task<bool> LiftAsync(string id, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<int> LiftMatchingAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task ForgetAsync(string floodKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> ForgetAddressesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task ForgetAuthorAsync(NearDuplicateSignature signature, string authorKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> IsBannedAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<ReaderClaim> ClaimAsReaderAsync(string readerKey, string duplicateKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
        => Task.FromResult(new ReaderClaim(commentId, null));

    public Task<RecentSubmission?> SwapLatestSubmissionAsync(string floodKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
        => Task.FromResult<RecentSubmission?>(null);

    public Task<EarlierClaims> ReadEarlierClaimsAsync(string readerKey, string duplicateKey, CancellationToken cancellationToken)
        => Task.FromResult(EarlierClaims.None);

    public Task<RecentSubmission?> ReadLatestSubmissionAsync(string floodKey, CancellationToken cancellationToken)
        => Task.FromResult<RecentSubmission?>(null);

    public Task<DateTimeOffset?> LastApprovedAsync(string readerKey, CancellationToken cancellationToken)
        => Task.FromResult<DateTimeOffset?>(null);

    public Task RecordApprovedAsync(string readerKey, DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> RecordAndCountOtherAuthorsAsync(NearDuplicateSignature signature, IReadOnlyList<string> authorKeys, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
        => Task.FromResult(0);
}
