using System.Diagnostics;

namespace NewsFunctions.LoadDriver;

public sealed record LoadResult(string Name, long Succeeded, long Failed, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, string? FirstFailure)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    // CPU time of the serving process per successful request, filled in by the caller that knows
    // which process served.
    public double ServerCpuMs { get; init; } = double.NaN;
}

// N workers call one operation back to back until the time is up: a closed loop, so throughput and
// latency are measured at exactly N requests in flight. Only successful calls count toward the rate
// and the percentiles; the first failure is kept so that a broken scenario says why.
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, TimeSpan warmup, TimeSpan duration,
        Func<long, CancellationToken, Task<string?>> operation, Action? measuring = null)
    {
        long sequence = 0;
        using (var warm = new CancellationTokenSource(warmup))
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                while (!warm.IsCancellationRequested)
                {
                    try
                    {
                        await operation(Interlocked.Increment(ref sequence), CancellationToken.None);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Azure.RequestFailedException)
                    {
                        // Counted in the measured part; warm-up only warms.
                    }
                }
            })));
        }

        var latencies = new List<long>[concurrency];
        long failed = 0;
        string? firstFailure = null;
        measuring?.Invoke();
        var clock = Stopwatch.StartNew();
        var deadline = duration;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<long>(4096);
            while (clock.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    failure = await operation(Interlocked.Increment(ref sequence), CancellationToken.None);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Azure.RequestFailedException)
                {
                    failure = ex.GetType().Name + ": " + ex.Message;
                }

                if (failure is null)
                {
                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, failure, null);
                }
            }
        })));
        var elapsed = clock.Elapsed;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failed, elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), firstFailure);
    }

    private static double Percentile(long[] sorted, double p)
        => sorted.Length == 0 ? double.NaN
            : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
