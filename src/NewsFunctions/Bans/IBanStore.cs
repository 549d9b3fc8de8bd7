namespace NewsFunctions.Bans;

public interface IBanStore
{
    Task AddAsync(StoredBan ban, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ban>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken);

    // False when no ban has that id.
    Task<bool> LiftAsync(string id, CancellationToken cancellationToken);

    // Lifts every ban matching the email key or one of the address keys; returns how many.
    Task<int> LiftMatchingAsync(string emailKey, IReadOnlyCollection<string> addressKeys, CancellationToken cancellationToken);

    Task<bool> IsBannedAsync(string emailKey, string? addressKey, DateTimeOffset now, CancellationToken cancellationToken);
}
