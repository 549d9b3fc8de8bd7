namespace NewsFunctions.Poison;

public interface IPoisonQueue
{
    // The oldest messages, looked at without taking them (at most 32: the service's peek limit).
    Task<IReadOnlyList<PoisonMessage>> PeekAsync(CancellationToken cancellationToken);

    // Moves up to max messages back to `comments`; returns how many moved.
    Task<int> RedriveAsync(int max, CancellationToken cancellationToken);
}
