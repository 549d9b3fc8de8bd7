namespace NewsFunctions.Settings;

// A value read from storage at most MaxAge ago, shared by the caches of settings and of the model.
// One caller refreshes; while it does, the others keep the value it is replacing (at most one storage
// read older) rather than queue behind it. Only a cold start makes them wait.
public sealed class RefreshedValue<T>(TimeProvider clock, TimeSpan maxAge) where T : class
{
    private readonly SemaphoreSlim refresh = new(1, 1);
    private (T Value, DateTimeOffset ReadAt)? cached;

    // `read` gets the value being replaced (null on a cold start) so it can keep what did not change.
    public async Task<T> GetAsync(Func<T?, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var snapshot = cached;
        if (snapshot is { } fresh && clock.GetUtcNow() - fresh.ReadAt < maxAge)
        {
            return fresh.Value;
        }

        if (!refresh.Wait(0))
        {
            if (snapshot is { } stale)
            {
                return stale.Value;
            }

            await refresh.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = cached;
            if (snapshot is { } other && clock.GetUtcNow() - other.ReadAt < maxAge)
            {
                return other.Value;
            }

            var value = await read(snapshot?.Value, cancellationToken);
            cached = (value, clock.GetUtcNow());
            return value;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Set(T value) => cached = (value, clock.GetUtcNow());

    public void Invalidate() => cached = null;
}
