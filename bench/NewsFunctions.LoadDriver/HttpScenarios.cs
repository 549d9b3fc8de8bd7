using System.Net;
using System.Net.Http.Headers;

namespace NewsFunctions.LoadDriver;

// Submissions and article reads on the host, each against its bare Kestrel baseline, at the same
// concurrency, for a number of measured rounds after one round that warms the code up.
public sealed class HttpScenarios(BenchSite site, SystemUnderTest system, Report report)
{
    private DriverOptions Options => site.Options;

    public async Task RunAsync()
    {
        var rawQueue = await site.CreateQueueAsync("bench-raw");
        var passQueue = await site.CreateQueueAsync("bench-pass");
        var articleUri = site.HostUri($"/api/articles/{site.Slug}");
        using var first = await site.Client.GetAsync(articleUri);
        var articleBytes = await first.Content.ReadAsByteArrayAsync();
        var etag = first.Headers.ETag!.Tag;
        await using var bare = await BareServer.StartAsync(passQueue, articleBytes, etag, first.Headers.CacheControl!.ToString());
        var bareComments = new Uri(bare.BaseAddress, BareServer.PassthroughPath);
        var bareArticle = new Uri(bare.BaseAddress, BareServer.ArticlePath);
        var hostComments = site.HostUri($"/api/articles/{site.Slug}/comments");

        for (var round = 0; round <= Options.Rounds; round++)
        {
            var measured = round > 0;
            Console.WriteLine(measured ? $"Round {round} of {Options.Rounds}" : "Round 0: warming up, not measured");
            if (Options.Scenarios.Contains("submit"))
            {
                await Run(Report.RawSend, async (n, ct) => { await rawQueue.SendMessageAsync(site.CommentBody(n), ct); return null; }, onHost: false, measured);
                await Run(Report.Passthrough, (n, _) => site.PostCommentAsync(bareComments, n, HttpStatusCode.Accepted), onHost: false, measured);
                await Run(Report.Submissions, (n, _) => site.PostCommentAsync(hostComments, n, HttpStatusCode.Accepted), onHost: true, measured);
            }

            if (Options.Scenarios.Contains("get"))
            {
                await Run(Report.BareGet, (_, _) => GetAsync(bareArticle, etag, HttpStatusCode.OK), onHost: false, measured);
                await Run(Report.ArticleGet, (_, _) => GetAsync(articleUri, etag, HttpStatusCode.OK), onHost: true, measured);
                await Run(Report.Bare304, (_, _) => GetAsync(bareArticle, etag, HttpStatusCode.NotModified), onHost: false, measured);
                await Run(Report.Article304, (_, _) => GetAsync(articleUri, etag, HttpStatusCode.NotModified), onHost: true, measured);
            }

            foreach (var queue in new[] { rawQueue, passQueue, site.CommentsQueue })
            {
                await queue.ClearMessagesAsync();
            }
        }
    }

    // A 304 is asked for with the article's own ETag; a 200 without one.
    private async Task<string?> GetAsync(Uri uri, string etag, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (expected == HttpStatusCode.NotModified)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        }

        using var response = await site.Client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == expected ? null : $"HTTP {(int)response.StatusCode}";
    }

    // Every scenario runs once unmeasured first (round 0). A host that has just started spends seconds
    // of CPU compiling its hot code again at full optimisation (tiered JIT); an instance that has
    // served traffic for a while has finished that, and so has this driver's own baseline code.
    private async Task Run(string name, Func<long, CancellationToken, Task<string?>> operation, bool onHost, bool measured)
    {
        if (!measured)
        {
            var warm = await LoadRunner.RunAsync(name, Options.Concurrency, TimeSpan.Zero, Options.WarmupRound, operation);
            Console.WriteLine($"  {name}: {warm.PerSecond:0}/s while warming up, {warm.Failed} failed {warm.FirstFailure}");
            return;
        }

        await using var memory = new HostMemory(onHost ? system.HostProcessId : null);

        // CPU time of the process that serves the scenario (the host, or this driver for the
        // baselines, which also counts the driver's own client work) per successful request.
        var serverId = onHost ? system.HostProcessId : Environment.ProcessId;
        var (cpuBefore, driverBefore) = (TimeSpan.Zero, TimeSpan.Zero);
        var result = await LoadRunner.RunAsync(name, Options.Concurrency, Options.Warmup, Options.Duration, operation,
            () => (cpuBefore, driverBefore) = (HostMemory.CpuTime(serverId), HostMemory.CpuTime(Environment.ProcessId)));
        result = result with { ServerCpuMs = ((HostMemory.CpuTime(serverId) - cpuBefore) / Math.Max(1, result.Succeeded)).TotalMilliseconds };

        // For a host scenario the driver is only the client: what it spends per request is the part of
        // a baseline's "server CPU" that the bare server did not spend.
        var clientCpu = onHost ? $", client CPU {((HostMemory.CpuTime(Environment.ProcessId) - driverBefore) / Math.Max(1, result.Succeeded)).TotalMilliseconds:0.000} ms/request" : "";
        if (onHost)
        {
            report.Memory(name, memory.PeakRssBytes);
        }

        Console.WriteLine($"  {name}: {result.PerSecond:0}/s, server CPU {result.ServerCpuMs:0.000} ms/request{clientCpu}, p50 {result.P50Ms:0.0} ms p95 {result.P95Ms:0.0} ms p99 {result.P99Ms:0.0} ms, {result.Failed} failed {result.FirstFailure} ({report.LoadAverage()})");
        report.Add(result);
    }
}
