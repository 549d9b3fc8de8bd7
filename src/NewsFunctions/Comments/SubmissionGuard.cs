using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

// Flood and rate limits held in memory per instance, so that refusing a flood costs no storage
// round trip. Keys are keyed hashes, never a raw address. Across instances the limits are per
// instance: a determined flooder spread over instances gets through here and meets the queue
// function's duplicate and spam checks.
public sealed class SubmissionGuard(IConfiguration configuration, TimeProvider clock)
{
    public const string PermitsSettingName = "Comments:RateLimit:PermitsPerMinute";
    public const int DefaultPermitsPerMinute = 20;

    // Past this many keys in one generation the generation turns early: memory stays bounded under
    // a flood of distinct addresses, at the price of forgetting the oldest keys a little sooner.
    internal const int MaxKeysPerGeneration = 100_000;

    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);

    private readonly int permitsPerMinute = configuration.GetValue(PermitsSettingName, DefaultPermitsPerMinute);
    private readonly Generations<DateTimeOffset> lastSubmission = new();
    private readonly Generations<(long Minute, int Count)> perMinute = new();

    // The keys held now, for tests: what expires is gone, not merely skipped.
    internal int TrackedKeys => lastSubmission.Count + perMinute.Count;

    // Returns 0 when the submission may go ahead (and counts it), else the seconds to wait.
    public int TryAdmit(string emailKey, string clientKey, int floodSeconds)
    {
        var now = clock.GetUtcNow();

        // A key must outlive what it is checked against: a generation lasts at least that long, so
        // a key is kept for one to two generations. Rate counts need only their minute.
        lastSubmission.TurnIfDue(now, TimeSpan.FromSeconds(Math.Max(floodSeconds, 60)));
        perMinute.TurnIfDue(now, OneMinute);

        var minute = now.ToUnixTimeSeconds() / 60;
        var window = perMinute.AddOrUpdate(clientKey, w => w is { } previous && previous.Minute == minute ? (minute, previous.Count + 1) : (minute, 1));
        if (window.Count > permitsPerMinute)
        {
            return (int)(60 - now.ToUnixTimeSeconds() % 60);
        }

        string[] floodKeys = ["e:" + emailKey, "c:" + clientKey];
        if (floodSeconds > 0)
        {
            foreach (var key in floodKeys)
            {
                if (lastSubmission.TryGet(key, out var last) && now - last < TimeSpan.FromSeconds(floodSeconds))
                {
                    return Math.Max(1, (int)Math.Ceiling((last.AddSeconds(floodSeconds) - now).TotalSeconds));
                }
            }
        }

        foreach (var key in floodKeys)
        {
            lastSubmission.AddOrUpdate(key, _ => now);
        }

        return 0;
    }

    // For the readers' other writes (edits, reports): the per-address budget of submissions without
    // the flood window, answered as a 429 problem, or null when the request may go ahead.
    public JsonBodyResult? RefuseIfTooFast(string readerKey, string clientKey)
    {
        var wait = TryAdmit(readerKey, clientKey, floodSeconds: 0);
        return wait > 0 ? Problems.TooManyRequests(wait, "You are sending too quickly. Wait a moment and send it again.") : null;
    }

    // Two dictionaries, the current generation and the one before it. Writes go to the current one;
    // reads look in both. Turning drops the older one whole: expiry costs O(1) per request, however
    // many keys are held (a sweep over all keys made every request O(n) under a flood).
    private sealed class Generations<TValue> where TValue : struct
    {
        // ConcurrentDictionary.Count takes every lock of the dictionary: look only now and then.
        private const int CountCheckEvery = 1024;

        private readonly Lock turning = new();
        private ConcurrentDictionary<string, TValue> current = new(StringComparer.Ordinal);
        private ConcurrentDictionary<string, TValue> previous = new(StringComparer.Ordinal);
        private DateTimeOffset startedAt = DateTimeOffset.MinValue;
        private int checks;

        public int Count => Volatile.Read(ref current).Count + Volatile.Read(ref previous).Count;

        // A turn keeps the current generation as the previous one, whatever the lifetime is now:
        // lowering floodSeconds must not forget a submission that is still inside the new limit.
        public void TurnIfDue(DateTimeOffset now, TimeSpan lifetime)
        {
            if (now - startedAt < lifetime && !TooFull())
            {
                return;
            }

            lock (turning)
            {
                if (now - startedAt < lifetime && Volatile.Read(ref current).Count < MaxKeysPerGeneration)
                {
                    return;
                }

                previous = current;
                current = new(StringComparer.Ordinal);
                startedAt = now;
            }
        }

        public bool TryGet(string key, out TValue value)
            => Volatile.Read(ref current).TryGetValue(key, out value) || Volatile.Read(ref previous).TryGetValue(key, out value);

        // `update` gets the value held now in either generation (null if none) and gives the new one.
        public TValue AddOrUpdate(string key, Func<TValue?, TValue> update)
        {
            // The current one first: a turn in between then leaves the value in the one read second.
            var newer = Volatile.Read(ref current);
            var older = Volatile.Read(ref previous);
            return newer.AddOrUpdate(
                key,
                (k, o) => update(o.TryGetValue(k, out var held) ? held : null),
                (_, held, _) => update(held),
                older);
        }

        private bool TooFull() => Interlocked.Increment(ref checks) % CountCheckEvery == 0 && Volatile.Read(ref current).Count >= MaxKeysPerGeneration;
    }
}
