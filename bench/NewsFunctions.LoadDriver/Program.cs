using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.LoadDriver;

// One command reproduces every figure in docs/PERFORMANCE.md:
//   dotnet run -c Release --project bench/NewsFunctions.LoadDriver -- --start --write docs/PERFORMANCE.md
var options = DriverOptions.Parse(args);
var report = new Report(options);
Console.WriteLine($"Starting ({report.LoadAverage()})...");

await using var system = await SystemUnderTest.StartAsync(options);
var queues = new QueueServiceClient(system.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
var tables = new TableServiceClient(system.StorageConnectionString);
var rawQueue = await CreateQueueAsync("bench-raw");
var passQueue = await CreateQueueAsync("bench-pass");
var drainQueue = await CreateQueueAsync("bench-drain");
var commentsQueue = queues.GetQueueClient("comments");
var drainTable = tables.GetTableClient("benchdrain");
await drainTable.CreateIfNotExistsAsync();

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var runId = Guid.NewGuid().ToString("N")[..8];

// The article both GET scenarios serve: a realistic Arabic article of about 4,000 characters.
var slug = "perf-" + runId;
var articleJson = JsonSerializer.Serialize(new
{
    title = "اختبار الأداء: مقال عربي نموذجي",
    category = "تقنية",
    summary = "مقال يقيس سرعة الخادم.",
    tags = new[] { "أداء", "اختبار" },
    language = "ar",
    body = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"الفقرة {i}: " + string.Concat(Enumerable.Repeat("نص عربي لقياس سرعة الخادم المحلي. ", 5)))),
});
using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri(system.HostUrl, $"/api/articles/{slug}")) { Content = new StringContent(articleJson, Encoding.UTF8, "application/json") })
{
    put.Headers.Add("x-functions-key", system.FunctionKey);
    using var created = await client.SendAsync(put);
    created.EnsureSuccessStatusCode();
}

// The flood rule also holds back one client address for floodSeconds; the driver is one address.
using (var settings = new HttpRequestMessage(HttpMethod.Put, new Uri(system.HostUrl, "/api/moderation/settings"))
{
    Content = new StringContent("""{"mode":"auto","maxLinks":2,"bannedWords":[],"suspectWords":[],"floodSeconds":0}""", Encoding.UTF8, "application/json"),
})
{
    settings.Headers.Add("x-functions-key", system.FunctionKey);
    using var saved = await client.SendAsync(settings);
    saved.EnsureSuccessStatusCode();
}

var articleUri = new Uri(system.HostUrl, $"/api/articles/{slug}");
using var first = await client.GetAsync(articleUri);
var articleBytes = await first.Content.ReadAsByteArrayAsync();
var etag = first.Headers.ETag!.Tag;
var cacheControl = first.Headers.CacheControl!.ToString();
await using var bare = await BareServer.StartAsync(passQueue, articleBytes, etag, cacheControl);
var bareComments = new Uri(bare.BaseAddress, BareServer.PassthroughPath);
var bareArticle = new Uri(bare.BaseAddress, BareServer.ArticlePath);
var hostComments = new Uri(system.HostUrl, $"/api/articles/{slug}/comments");

string CommentBody(long n) => JsonSerializer.Serialize(new
{
    author = $"قارئ {n}",
    email = $"reader-{runId}-{n}@example.com",
    content = $"تعليق رقم {n} على المقال، يقيس زمن القبول في الطابور. Comment {n} of run {runId}.",
});

async Task<string?> PostAsync(Uri uri, long n, HttpStatusCode expected)
{
    using var response = await client.PostAsync(uri, new StringContent(CommentBody(n), Encoding.UTF8, "application/json"));
    return response.StatusCode == expected ? null : $"HTTP {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}";
}

async Task<string?> GetAsync(Uri uri, HttpStatusCode expected, bool conditional)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, uri);
    if (conditional)
    {
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
    }

    using var response = await client.SendAsync(request);
    await response.Content.ReadAsByteArrayAsync();
    return response.StatusCode == expected ? null : $"HTTP {(int)response.StatusCode}";
}

async Task<LoadResult> Run(string name, Func<long, CancellationToken, Task<string?>> operation, bool onHost)
{
    await using var memory = new HostMemory(onHost ? system.HostProcessId : null);

    // CPU time of the process that serves the scenario (the host, or this driver for the
    // baselines, which also counts the driver's own client work) per successful request.
    var serverId = onHost ? system.HostProcessId : Environment.ProcessId;
    var cpuBefore = TimeSpan.Zero;
    var result = await LoadRunner.RunAsync(name, options.Concurrency, options.Warmup, options.Duration, operation,
        () => cpuBefore = HostMemory.CpuTime(serverId));
    report.CpuPerRequest(name, (HostMemory.CpuTime(serverId) - cpuBefore) / Math.Max(1, result.Succeeded));
    if (onHost)
    {
        report.Memory(name, memory.PeakRssBytes);
    }

    Console.WriteLine($"  {name}: {result.PerSecond:0}/s, server CPU {report.CpuPerRequestMs(name):0.000} ms/request, p50 {result.P50Ms:0.0} ms p95 {result.P95Ms:0.0} ms p99 {result.P99Ms:0.0} ms, {result.Failed} failed {result.FirstFailure} ({report.LoadAverage()})");
    return result;
}

for (var round = 1; round <= options.Rounds; round++)
{
    Console.WriteLine($"Round {round} of {options.Rounds}");
    if (options.Scenarios.Contains("submit"))
    {
        report.Add(await Run(Report.RawSend, async (n, ct) => { await rawQueue.SendMessageAsync(CommentBody(n), ct); return null; }, onHost: false));
        report.Add(await Run(Report.Passthrough, (n, _) => PostAsync(bareComments, n, HttpStatusCode.Accepted), onHost: false));
        report.Add(await Run(Report.Submissions, (n, _) => PostAsync(hostComments, n, HttpStatusCode.Accepted), onHost: true));
    }

    if (options.Scenarios.Contains("get"))
    {
        report.Add(await Run(Report.BareGet, (_, _) => GetAsync(bareArticle, HttpStatusCode.OK, conditional: false), onHost: false));
        report.Add(await Run(Report.ArticleGet, (_, _) => GetAsync(articleUri, HttpStatusCode.OK, conditional: false), onHost: true));
        report.Add(await Run(Report.Bare304, (_, _) => GetAsync(bareArticle, HttpStatusCode.NotModified, conditional: true), onHost: false));
        report.Add(await Run(Report.Article304, (_, _) => GetAsync(articleUri, HttpStatusCode.NotModified, conditional: true), onHost: true));
    }

    foreach (var queue in new[] { rawQueue, passQueue, commentsQueue })
    {
        await queue.ClearMessagesAsync();
    }
}

// Drain: K comments accepted by the host while its listener is stopped, the same K bodies sent
// raw to a queue of the raw loop's own; then each consumer empties its queue.
if (!options.Scenarios.Contains("drain"))
{
    Finish();
    return;
}

var k = options.DrainMessages;
Console.WriteLine($"Drain: preloading {k} messages ({report.LoadAverage()})");
var accepted = 0;
string? preloadFailure = null;
var preloadDeadline = DateTime.UtcNow.AddMinutes(2);
await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
{
    for (long n = 10_000_000 + w; Volatile.Read(ref accepted) < k && DateTime.UtcNow < preloadDeadline; n += options.Concurrency)
    {
        var failure = await PostAsync(hostComments, n, HttpStatusCode.Accepted);
        if (failure is null)
        {
            Interlocked.Increment(ref accepted);
        }
        else
        {
            // Only a refusal that says "later" (429, 503) is worth retrying; anything else would
            // repeat for the whole two minutes.
            preloadFailure ??= failure;
            if (!failure.StartsWith("HTTP 429", StringComparison.Ordinal) && !failure.StartsWith("HTTP 503", StringComparison.Ordinal))
            {
                return;
            }
        }
    }
})));
Console.WriteLine($"  preloaded {accepted} via the host {preloadFailure}");
await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
{
    for (var i = w; i < k; i += options.Concurrency)
    {
        await drainQueue.SendMessageAsync(CommentBody(i));
    }
})));

// The raw loop keeps as many messages in flight as the host's listener is allowed to (host.json).
using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(NewsFunctions.IntegrationTests.Infrastructure.RepositoryPaths.Root, "src", "NewsFunctions", "host.json")));
var queueSettings = hostJson.RootElement.GetProperty("extensions").GetProperty("queues");
var queueOptions = new { BatchSize = queueSettings.GetProperty("batchSize").GetInt32(), NewBatchThreshold = queueSettings.GetProperty("newBatchThreshold").GetInt32() };
report.Add(await Drain.MeasureAsync(Report.RawDrain, drainQueue, k, TimeSpan.FromMinutes(3),
    stop => Drain.RawLoopAsync(drainQueue, drainTable, queueOptions.BatchSize, queueOptions.NewBatchThreshold, stop)));
Console.WriteLine($"  raw loop drained ({report.LoadAverage()})");

var queued = (await commentsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
if (system.CanRestartHost && queued >= k)
{
    // The listener starts with the host; the meter's 90% mark comes after start-up, so the host's
    // start time does not count against it.
    var starting = system.StartHostAsync(listening: true);
    var measuring = Drain.MeasureAsync(Report.HostDrain, commentsQueue, queued, TimeSpan.FromMinutes(3));
    await starting;
    await using var memory = new HostMemory(system.HostProcessId);
    report.Add(await measuring);
    report.Memory(Report.HostDrain, memory.PeakRssBytes);
    report.Stats(await StatsAsync());
}
else
{
    report.Add(new DrainResult(Report.HostDrain, k, double.NaN, TimeSpan.Zero, $"the host accepted {queued} of {k} comments; nothing to drain"));
}

Finish();

void Finish()
{
    Console.WriteLine();
    var markdown = report.ToMarkdown();
    Console.WriteLine(markdown);
    if (options.WriteTo is not null)
    {
        Report.WriteInto(options.WriteTo, markdown);
        Console.WriteLine($"Written into {options.WriteTo}");
    }
}

async Task<QueueClient> CreateQueueAsync(string name)
{
    var queue = queues.GetQueueClient(name);
    await queue.CreateIfNotExistsAsync();
    await queue.ClearMessagesAsync();
    return queue;
}

async Task<string> StatsAsync()
{
    // The moderation statistics once the queue is empty; give the last messages a moment to land.
    var deadline = DateTime.UtcNow.AddSeconds(30);
    string body = "";
    while (DateTime.UtcNow < deadline)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(system.HostUrl, "/api/moderation/stats"));
        request.Headers.Add("x-functions-key", system.FunctionKey);
        using var response = await client.SendAsync(request);
        body = $"HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        if (response.IsSuccessStatusCode && (await commentsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0)
        {
            break;
        }

        await Task.Delay(500);
    }

    return body;
}

static string Truncate(string text) => text.Length <= 160 ? text : text[..160] + "…";
