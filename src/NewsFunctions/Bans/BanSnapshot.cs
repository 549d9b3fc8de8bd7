namespace NewsFunctions.Bans;

// Every active ban's keys, as one query of the ban rows read them: checking a comment against it
// costs no request. Null from the loader means the site has more bans than a snapshot holds, and
// each check then asks the lookup rows instead.
public sealed class BanSnapshot(Func<CancellationToken, Task<IReadOnlyDictionary<string, DateTimeOffset>?>> load, TimeProvider clock)
{
    // How long a ban set on another instance may take to apply here; this instance's own changes
    // apply at once (Forget).
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly object gate = new();
    private (Task<IReadOnlyDictionary<string, DateTimeOffset>?> Keys, DateTimeOffset ReadAt)? current;

    // True or false when the snapshot can answer; null when the caller must ask storage.
    public async Task<bool?> IsBannedAsync(IEnumerable<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync().WaitAsync(cancellationToken);
        return snapshot is null ? null : keys.Any(k => snapshot.TryGetValue(k, out var expires) && expires > now);
    }

    public void Forget()
    {
        lock (gate)
        {
            current = null;
        }
    }

    private Task<IReadOnlyDictionary<string, DateTimeOffset>?> CurrentAsync()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (current is not { } taken || now - taken.ReadAt > MaxAge || taken.Keys.IsFaulted || taken.Keys.IsCanceled)
            {
                // Callers that arrive while it loads share the one query, so no caller's
                // cancellation may end it.
                current = taken = (load(CancellationToken.None), now);
            }

            return taken.Keys;
        }
    }
}
