using System.Globalization;
using System.Text;

namespace NewsFunctions.LoadDriver;

// Collects the figures of every round and writes one markdown table: each scenario against its
// baseline as a ratio. With several rounds the best round of each scenario counts: on a shared
// machine noise only ever slows a run down, so the best round is the closest to the real figure.
public sealed class Report(DriverOptions options)
{
    public const string RawSend = "raw QueueClient.SendMessageAsync";
    public const string Passthrough = "minimal Kestrel passthrough (read body, enqueue)";
    public const string Submissions = "POST /api/articles/{slug}/comments (local host)";
    public const string BareGet = "bare Kestrel GET, same bytes";
    public const string ArticleGet = "GET /api/articles/{slug} 200 (local host)";
    public const string Bare304 = "bare Kestrel GET If-None-Match 304";
    public const string Article304 = "GET /api/articles/{slug} If-None-Match 304 (local host)";
    public const string RawDrain = "raw receive-insert-delete loop";
    public const string InProcessDrain = "AutoModerator without the host (raw loop shape)";
    public const string HostDrain = "ModerateComment via the WebJobs listener (local host)";
    public const string UncheckedDrain = "AutoModerator without its four durable checks (raw loop shape; not the app)";

    private const string Begin = "<!-- load-driver:begin -->";
    private const string End = "<!-- load-driver:end -->";

    private readonly List<LoadResult> results = [];
    private readonly List<DrainResult> drains = [];
    private readonly Dictionary<string, long> peakMemory = [];
    private readonly List<string> loadAverages = [];
    private readonly DateTime started = DateTime.UtcNow;
    private string? stats;
    private RequestCounts? requests;

    public void Add(LoadResult result) => results.Add(result);

    public void Add(DrainResult result) => drains.Add(result);

    public void Memory(string scenario, long peakRssBytes)
        => peakMemory[scenario] = Math.Max(peakMemory.GetValueOrDefault(scenario), peakRssBytes);

    public void Stats(string moderationStats) => stats = moderationStats;

    public void Requests(RequestCounts counts) => requests = counts;

    public string LoadAverage()
    {
        var text = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        loadAverages.Add(text);
        return "load " + text;
    }

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"### Run of {started:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project bench/NewsFunctions.LoadDriver -- {options.CommandLine}`");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine()}");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Load average (1/5/15 min) during the run: {string.Join(" → ", loadAverages.Where((_, i) => i % 4 == 0 || i == loadAverages.Count - 1))}");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Concurrency {options.Concurrency}, {options.Duration.TotalSeconds:0} s per scenario after {options.Warmup.TotalSeconds:0} s warm-up, best of {options.Rounds} rounds; drain of {options.DrainMessages} messages");
        s.AppendLine();
        s.AppendLine("| scenario | per second | p50 ms | p95 ms | p99 ms | failed | server CPU ms/req | baseline | ratio | target |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---|");
        Row(s, RawSend, null, null);
        Row(s, Passthrough, RawSend, null);
        Row(s, Submissions, Passthrough, 0.9);
        Row(s, BareGet, null, null);
        Row(s, ArticleGet, BareGet, null);
        Row(s, Bare304, null, null);
        Row(s, Article304, Bare304, null);
        // The raw loop runs first and last, so that it meets both the freshest and the fullest
        // Azurite of the run; the others are compared with the mean of its runs.
        var raws = drains.Where(d => d.Name.StartsWith(RawDrain, StringComparison.Ordinal)).ToList();
        var raw = raws.Count == 0 ? double.NaN : raws.Average(d => d.PerSecond);
        foreach (var drain in drains)
        {
            var compared = !raws.Contains(drain) && raws.Count > 0;
            var ratio = compared ? drain.PerSecond / raw : double.NaN;
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| drain: {drain.Name} ({drain.Messages} messages{(drain.Note is null ? "" : ", " + drain.Note)}; Azurite CPU {F(drain.StorageCpuMs, "0.00")} ms/message; JIT {F(drain.JitShare * 100, "0")}% of the consumer's CPU) | {F(drain.PerSecond, "0")} | | | | | {F(drain.ConsumerCpuMs, "0.00")} | {(compared ? "raw loop (mean)" : "")} | {F(ratio, "0.00")} | {(drain.Name == HostDrain ? Verdict(ratio, 0.7) : "")} |");
        }

        var host = drains.FirstOrDefault(d => d.Name == HostDrain);
        var inProcess = drains.Where(d => d.Name.StartsWith(InProcessDrain, StringComparison.Ordinal)).ToList();
        if (host is not null && inProcess.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture,
                $"The listener and host against the same moderation code without them (mean of its runs): {F(host.PerSecond / inProcess.Average(d => d.PerSecond), "0.00")}.");
        }

        s.AppendLine();
        s.AppendLine("Server CPU is the user+system time of the serving process per successful request: the local host's for its scenarios; "
            + "the driver's for the baselines, which also includes the driver's own client work, so it overstates the baseline. "
            + "For a drain it is the consumer's CPU per message over the whole drain (the host's, or the driver's for the loops in it), "
            + "and the row names Azurite's CPU per message beside it.");
        s.AppendLine();
        s.AppendLine("Local host memory (peak resident set, sampled every 250 ms from /proc): "
            + string.Join("; ", peakMemory.Select(m => $"{m.Key}: {m.Value / 1024.0 / 1024.0:0} MiB")));
        if (stats is not null)
        {
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture, $"Moderation stats after the drain: `{stats}`");
        }

        if (requests is not null)
        {
            RequestsSection(s, requests);
        }

        var failures = results.Where(r => r.FirstFailure is not null).GroupBy(r => r.Name).Select(g => $"{g.Key}: {g.First().FirstFailure}").ToList();
        if (failures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("First failure per scenario: " + string.Join("; ", failures));
        }

        return s.ToString();
    }

    public static void WriteInto(string path, string markdown)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var block = $"{Begin}\n{markdown}{End}";
        File.WriteAllText(path, start >= 0 && end > start
            ? existing[..start] + block + existing[(end + End.Length)..]
            : existing + (existing.Length > 0 ? "\n" : "") + block + "\n");
    }

    // Targets from the costs issue: at most 3.5 table and 2.1 queue requests per comment.
    private static void RequestsSection(StringBuilder s, RequestCounts counts)
    {
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture,
            $"Storage requests per comment, POST to stored, counted in Azurite's log ({counts.Comments} comments from distinct readers on one article, {counts.Failed} refused, {counts.Window.TotalSeconds:0} s): "
            + $"**{F(counts.PerComment("table"), "0.00")} table** (target ≤ 3.5), **{F(counts.PerComment("queue"), "0.00")} queue** (target ≤ 2.1), {F(counts.PerComment("blob"), "0.00")} blob.");
        s.AppendLine();
        s.AppendLine("| operation | requests | per comment |");
        s.AppendLine("|---|---:|---:|");
        foreach (var (operation, count) in counts.Operations.OrderBy(o => RequestCounts.ServiceOf(o.Key), StringComparer.Ordinal).ThenByDescending(o => o.Value))
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| {operation} | {count} | {F(count / (double)Math.Max(1, counts.Comments), "0.000")} |");
        }
    }

    private LoadResult? Best(string name) => results.Where(r => r.Name == name).MaxBy(r => r.PerSecond);

    private void Row(StringBuilder s, string name, string? baseline, double? target)
    {
        var r = Best(name);
        if (r is null)
        {
            return;
        }

        var b = baseline is null ? null : Best(baseline);
        var ratio = b is null ? double.NaN : r.PerSecond / b.PerSecond;
        s.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {F(r.PerSecond, "0")} | {F(r.P50Ms, "0.0")} | {F(r.P95Ms, "0.0")} | {F(r.P99Ms, "0.0")} | {r.Failed} | {F(r.ServerCpuMs, "0.000")} | {baseline ?? ""} | {F(ratio, "0.00")} | {(target is { } t ? Verdict(ratio, t) : "")} |");
    }

    private static string Verdict(double ratio, double target)
        => double.IsNaN(ratio) ? "n/a" : ratio >= target ? $"≥ {target:0.0} met" : $"≥ {target:0.0} NOT met";

    private static string F(double value, string format) => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory ?? "unknown"} RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
