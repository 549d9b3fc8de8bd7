using System.Globalization;

namespace NewsFunctions.LoadDriver;

// Samples the local host's resident memory (working set) from /proc while a scenario runs. The
// GC heap is not visible from outside without diagnostics tooling; the host's peak RSS (VmHWM)
// bounds it from above.
public sealed class HostMemory : IAsyncDisposable
{
    private readonly int? processId;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public HostMemory(int? processId)
    {
        this.processId = processId;
        sampling = processId is null ? Task.CompletedTask : Task.Run(SampleAsync);
    }

    public long PeakRssBytes { get; private set; }

    public long LastRssBytes { get; private set; }

    public static long? ReadKilobytes(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // User plus system CPU time of a process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks
    // of 1/100 s on Linux).
    public static TimeSpan CpuTime(int? processId)
        => processId is null ? TimeSpan.Zero : StatCpuTime($"/proc/{processId}/stat");

    // The CPU time of each live tiered-compilation thread of a process (named ".NET Tiered
    // Compilation Worker", cut to 15 characters by Linux), by thread id: the JIT recompiling hot
    // methods at full optimisation. The runtime ends the thread when it is idle, so JitCpuSince
    // counts a thread that ended in between only up to the earlier sample: a lower bound.
    public static Dictionary<string, TimeSpan> JitThreads(int? processId)
    {
        var threads = new Dictionary<string, TimeSpan>();
        if (processId is null)
        {
            return threads;
        }

        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{processId}/task");
        }
        catch (IOException)
        {
            return threads;
        }

        foreach (var task in tasks)
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                {
                    threads[Path.GetFileName(task)] = StatCpuTime(Path.Combine(task, "stat"));
                }
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return threads;
    }

    public static TimeSpan JitCpuSince(int? processId, Dictionary<string, TimeSpan> before)
        => JitThreads(processId).Aggregate(TimeSpan.Zero, (sum, thread) => sum + thread.Value - before.GetValueOrDefault(thread.Key));

    private static TimeSpan StatCpuTime(string statPath)
    {
        try
        {
            var stat = File.ReadAllText(statPath);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            if (ReadKilobytes(processId!.Value, "VmRSS") is { } kb)
            {
                LastRssBytes = kb * 1024;
                PeakRssBytes = Math.Max(PeakRssBytes, LastRssBytes);
            }

            try
            {
                await Task.Delay(250, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
