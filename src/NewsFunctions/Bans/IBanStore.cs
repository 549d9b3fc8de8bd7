namespace NewsFunctions.Bans;

public interface IBanStore
{
    Task AddAsync(StoredBan ban, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ban>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken);

    // False when no ban has that id.
    Task<bool> LiftAsync(string id, CancellationToken cancellationToken);

    // Lifts every ban matching one of the email keys or one of the address keys; returns how many.
    Task<int> LiftMatchingAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, CancellationToken cancellationToken);

    // Whether a ban covers any of the email keys or address keys (the reader's under each secret of a rotation).
    Task<bool> IsBannedAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, DateTimeOffset now, CancellationToken cancellationToken);
}
