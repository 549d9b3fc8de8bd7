using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Comments;

// Flood and rate limits held in memory per instance, so that refusing a flood costs no storage
// round trip. Keys are keyed hashes, never a raw address. Across instances the limits are per
// instance: a determined flooder spread over instances gets through here and meets the queue
// function's duplicate and spam checks.
public sealed class SubmissionGuard(IConfiguration configuration, TimeProvider clock)
{
    public const string PermitsSettingName = "Comments:RateLimit:PermitsPerMinute";
    public const int DefaultPermitsPerMinute = 20;

    private const int SweepThreshold = 50_000;

    private readonly int permitsPerMinute = configuration.GetValue(PermitsSettingName, DefaultPermitsPerMinute);
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastSubmission = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Minute, int Count)> perMinute = new(StringComparer.Ordinal);

    // Returns 0 when the submission may go ahead (and counts it), else the seconds to wait.
    public int TryAdmit(string emailKey, string clientKey, int floodSeconds)
    {
        var now = clock.GetUtcNow();
        Sweep(now, floodSeconds);

        var minute = now.ToUnixTimeSeconds() / 60;
        var window = perMinute.AddOrUpdate(clientKey, (minute, 1), (_, w) => w.Minute == minute ? (minute, w.Count + 1) : (minute, 1));
        if (window.Count > permitsPerMinute)
        {
            return (int)(60 - now.ToUnixTimeSeconds() % 60);
        }

        if (floodSeconds > 0)
        {
            foreach (var key in new[] { "e:" + emailKey, "c:" + clientKey })
            {
                if (lastSubmission.TryGetValue(key, out var last) && now - last < TimeSpan.FromSeconds(floodSeconds))
                {
                    return Math.Max(1, (int)Math.Ceiling((last.AddSeconds(floodSeconds) - now).TotalSeconds));
                }
            }
        }

        lastSubmission["e:" + emailKey] = now;
        lastSubmission["c:" + clientKey] = now;
        return 0;
    }

    private void Sweep(DateTimeOffset now, int floodSeconds)
    {
        if (lastSubmission.Count > SweepThreshold)
        {
            foreach (var (key, at) in lastSubmission)
            {
                if (now - at > TimeSpan.FromSeconds(Math.Max(floodSeconds, 60)))
                {
                    lastSubmission.TryRemove(key, out _);
                }
            }
        }

        if (perMinute.Count > SweepThreshold)
        {
            perMinute.Clear();
        }
    }
}
