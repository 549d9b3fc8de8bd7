using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.LoadDriver;
using NewsFunctions.Moderation;
using NewsFunctions;

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
var commentsQueue = queues.GetQueueClient(NewsFunctions.Storage.QueueNames.Comments);
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
await PutArticleAsync(slug);

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

// Every scenario runs once unmeasured first (round 0). A host that has just started spends seconds of
// CPU compiling its hot code again at full optimisation (tiered JIT); an instance that has served
// traffic for a while has finished that, and so has this driver's own baseline code.
async Task Run(string name, Func<long, CancellationToken, Task<string?>> operation, bool onHost, bool measured)
{
    if (!measured)
    {
        var warm = await LoadRunner.RunAsync(name, options.Concurrency, TimeSpan.Zero, options.WarmupRound, operation);
        Console.WriteLine($"  {name}: {warm.PerSecond:0}/s while warming up, {warm.Failed} failed {warm.FirstFailure}");
        return;
    }

    await using var memory = new HostMemory(onHost ? system.HostProcessId : null);

    // CPU time of the process that serves the scenario (the host, or this driver for the
    // baselines, which also counts the driver's own client work) per successful request.
    var serverId = onHost ? system.HostProcessId : Environment.ProcessId;
    var (cpuBefore, driverBefore) = (TimeSpan.Zero, TimeSpan.Zero);
    var result = await LoadRunner.RunAsync(name, options.Concurrency, options.Warmup, options.Duration, operation,
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

for (var round = 0; round <= options.Rounds; round++)
{
    var measured = round > 0;
    Console.WriteLine(measured ? $"Round {round} of {options.Rounds}" : "Round 0: warming up, not measured");
    if (options.Scenarios.Contains("submit"))
    {
        await Run(Report.RawSend, async (n, ct) => { await rawQueue.SendMessageAsync(CommentBody(n), ct); return null; }, onHost: false, measured);
        await Run(Report.Passthrough, (n, _) => PostAsync(bareComments, n, HttpStatusCode.Accepted), onHost: false, measured);
        await Run(Report.Submissions, (n, _) => PostAsync(hostComments, n, HttpStatusCode.Accepted), onHost: true, measured);
    }

    if (options.Scenarios.Contains("get"))
    {
        await Run(Report.BareGet, (_, _) => GetAsync(bareArticle, HttpStatusCode.OK, conditional: false), onHost: false, measured);
        await Run(Report.ArticleGet, (_, _) => GetAsync(articleUri, HttpStatusCode.OK, conditional: false), onHost: true, measured);
        await Run(Report.Bare304, (_, _) => GetAsync(bareArticle, HttpStatusCode.NotModified, conditional: true), onHost: false, measured);
        await Run(Report.Article304, (_, _) => GetAsync(articleUri, HttpStatusCode.NotModified, conditional: true), onHost: true, measured);
    }

    foreach (var queue in new[] { rawQueue, passQueue, commentsQueue })
    {
        await queue.ClearMessagesAsync();
    }
}

// Drain: the host restarted with its listener on and the raw loop each first empty a warm-up batch
// (unmeasured, for the JIT as above), then K comment messages that all become visible at one moment.
// The messages are what POST enqueues (the app's own CommentMessage), sent by the driver straight
// to the queue so that a running listener does not start on them while they are being sent.
if (!options.Scenarios.Contains("drain"))
{
    Finish();
    return;
}

if (!system.CanRestartHost)
{
    report.Add(new DrainResult(Report.HostDrain, options.DrainMessages, double.NaN, TimeSpan.Zero, "needs --start: the driver restarts the host with its listener on"));
    Finish();
    return;
}

var k = options.DrainMessages;
var warmUp = Math.Min(k, 500);
var drainLimit = TimeSpan.FromMinutes(3);
using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(NewsFunctions.IntegrationTests.Infrastructure.RepositoryPaths.Root, "src", "NewsFunctions", "host.json")));
var queueSettings = hostJson.RootElement.GetProperty("extensions").GetProperty("queues");
var batchSize = queueSettings.GetProperty("batchSize").GetInt32();
var newBatchThreshold = queueSettings.GetProperty("newBatchThreshold").GetInt32();

// The raw loop keeps as many messages in flight as the host's listener is allowed to (host.json).
// Each of its drains writes a partition of its own, as each moderation drain writes an article of
// its own: Azurite finds a row by reading its partition, so a grown partition would slow it down.
Func<CancellationToken, Task> RawLoop(string partition) => stop => Drain.RawLoopAsync(drainQueue, drainTable, partition, batchSize, newBatchThreshold, stop);

// A consumer in this process: its CPU is the driver's, counted beside Azurite's.
Task<DrainResult> MeasureInDriverAsync(string name, QueueClient queue, Func<CancellationToken, Task> consumer)
    => Drain.MeasureAsync(name, queue, k, drainLimit, consumer, Environment.ProcessId, system.AzuriteProcessId);

// Each consumer first empties batches of warmUp messages until its process's tiered-compilation
// thread took under 5% of its CPU in two batches in a row (at most 10 batches). The host is a
// process started just before its drain, and a process that has just started spends seconds
// recompiling its hot code (round 0 above): after one batch of 500 that was still 40% of the host's
// CPU during its measured drain, and one quiet batch can be followed by a busy one. An instance
// that has served traffic for a while has finished that.
async Task WarmUpAsync(QueueClient queue, int firstNumber, Func<CancellationToken, Task>? consumer, int? processId)
{
    const int MaxBatches = 10;
    var quiet = 0;
    for (var batch = 1; batch <= MaxBatches; batch++)
    {
        await SendCommentMessagesAsync(queue, firstNumber + (batch - 1) * warmUp, warmUp);
        var share = (await Drain.MeasureAsync("warm-up", queue, warmUp, drainLimit, consumer, processId)).JitShare;
        Console.WriteLine($"  warm-up batch {batch} on {queue.Name}: JIT {share:P0} of the consumer's CPU");
        quiet = share < 0.05 ? quiet + 1 : 0;
        if (quiet == 2)
        {
            return;
        }
    }
}

// Message numbers: each consumer its own range of 100,000, warm-up batches first and the measured
// drain from range + MeasuredOffset, so no comment is a duplicate of another; every 50,000 numbers
// are an article of their own, so a measured drain starts on an article without comments.
const int MeasuredOffset = 50_000;
Console.WriteLine($"Drain: warming up on batches of {warmUp} messages ({report.LoadAverage()})");
await WarmUpAsync(drainQueue, 0, RawLoop("raw-warm-up"), Environment.ProcessId);
await SendCommentMessagesAsync(drainQueue, MeasuredOffset, k);
report.Add(await MeasureInDriverAsync(Report.RawDrain, drainQueue, RawLoop("raw-first")) with { Name = Report.RawDrain + ", first" });
Console.WriteLine($"  raw loop drained ({report.LoadAverage()})");

// The same moderation code without the host: the app's AutoModerator, built from the app's own
// service registration, called from the raw loop's receive-handle-delete shape. Host / this is what
// the WebJobs listener and the host add; this / raw is the storage work moderation does by design.
var moderateQueue = await CreateQueueAsync("bench-moderate");

// ASP0000 warns against a second container inside a web app's start-up; this one is deliberately
// a separate copy of the app's services, standing in for a second instance.
#pragma warning disable ASP0000
var appSettings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = system.StorageConnectionString }).Build();
await using var app = new ServiceCollection()
    .AddLogging()
    .AddSingleton<IConfiguration>(appSettings)
    .AddNewsBackend(appSettings)
    .BuildServiceProvider();
#pragma warning restore ASP0000
Func<CancellationToken, Task> LoopOver(AutoModerator moderator) => stop => Drain.LoopAsync(moderateQueue, batchSize, newBatchThreshold,
    message => moderator.ModerateAsync(CommentMessages.Parse(message.Body.ToString()), CancellationToken.None), stop);
var moderationLoop = LoopOver(app.GetRequiredService<AutoModerator>());

// Every drain leaves Azurite's partitions and database bigger, so the next one a little slower:
// the code without the host runs before and after the host, and the host is compared with the mean
// of the two.
await WarmUpAsync(moderateQueue, 100_000, moderationLoop, Environment.ProcessId);
await SendCommentMessagesAsync(moderateQueue, 100_000 + MeasuredOffset, k);
report.Add(await MeasureInDriverAsync(Report.InProcessDrain, moderateQueue, moderationLoop) with { Name = Report.InProcessDrain + ", before the host" });
Console.WriteLine($"  moderation without the host drained ({report.LoadAverage()})");

await system.StartHostAsync(listening: true);
await using (var memory = new HostMemory(system.HostProcessId))
{
    await WarmUpAsync(commentsQueue, 200_000, consumer: null, system.HostProcessId);
    await SendCommentMessagesAsync(commentsQueue, 200_000 + MeasuredOffset, k);
    report.Add(await Drain.MeasureAsync(Report.HostDrain, commentsQueue, k, drainLimit, consumerProcessId: system.HostProcessId, storageProcessId: system.AzuriteProcessId));
    report.Memory(Report.HostDrain, memory.PeakRssBytes);
}

Console.WriteLine($"  host drained ({report.LoadAverage()})");
await SendCommentMessagesAsync(moderateQueue, 300_000, k);
report.Add(await MeasureInDriverAsync(Report.InProcessDrain, moderateQueue, moderationLoop) with { Name = Report.InProcessDrain + ", after the host" });
Console.WriteLine($"  moderation without the host drained again ({report.LoadAverage()})");

// What dropping the durable checks would buy: the same code with them answered from memory.
var withoutChecks = new WithoutDurableChecks();
var lightModerator = new AutoModerator(app.GetRequiredService<ICommentStore>(), new DurableChecks(withoutChecks, withoutChecks, app.GetRequiredService<ICommentStore>(), withoutChecks),
    app.GetRequiredService<NewsFunctions.Articles.IArticleStore>(), app.GetRequiredService<NewsFunctions.Articles.ICommentCounter>(),
    app.GetRequiredService<NewsFunctions.Counters.IStatusCounter>(), withoutChecks, app.GetRequiredService<SpamCheckerCache>(), app.GetRequiredService<SiteKeys>(),
    TimeProvider.System, app.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AutoModerator>>());
await SendCommentMessagesAsync(moderateQueue, 500_000, k);
report.Add(await MeasureInDriverAsync(Report.UncheckedDrain, moderateQueue, LoopOver(lightModerator)));
Console.WriteLine($"  moderation without its durable checks drained ({report.LoadAverage()})");
await SendCommentMessagesAsync(drainQueue, 400_000, k);
report.Add(await MeasureInDriverAsync(Report.RawDrain, drainQueue, RawLoop("raw-last")) with { Name = Report.RawDrain + ", last" });
Console.WriteLine($"  raw loop drained again ({report.LoadAverage()})");

report.Stats(await StatsAsync());

Finish();

void Finish()
{
    Console.WriteLine();
    var markdown = report.ToMarkdown();
    Console.WriteLine(markdown);
    if (options.WriteTo is not null)
    {
        // `dotnet run` starts the driver in its project folder; a relative path means the
        // repository root, where the documented command is run from.
        var path = Path.Combine(NewsFunctions.IntegrationTests.Infrastructure.RepositoryPaths.Root, options.WriteTo);
        Report.WriteInto(path, markdown);
        Console.WriteLine($"Written into {path}");
    }
}

// Messages [first, first + count) of this run (each consumer has its own range, so no comment is a
// duplicate of another consumer's), as POST would enqueue them, hidden until a moment far
// enough ahead for all of them to be sent, so that the consumer meets the whole batch at once.
async Task PutArticleAsync(string articleSlug)
{
    using var put = new HttpRequestMessage(HttpMethod.Put, new Uri(system.HostUrl, $"/api/articles/{articleSlug}")) { Content = new StringContent(articleJson, Encoding.UTF8, "application/json") };
    put.Headers.Add("x-functions-key", system.FunctionKey);
    using var created = await client.SendAsync(put);
    created.EnsureSuccessStatusCode();
}

// Each consumer's comments go to an article of its own, as a day's comments spread over the day's
// stories: one consumer's drain does not make the next one's article partition larger.
async Task SendCommentMessagesAsync(QueueClient queue, int first, int count)
{
    var article = $"{slug}-{first / MeasuredOffset}";
    if (first % MeasuredOffset == 0)
    {
        await PutArticleAsync(article);
    }

    var clock = System.Diagnostics.Stopwatch.StartNew();
    var visibleAfter = TimeSpan.FromSeconds(Math.Max(3, count / 150.0));
    var next = first - 1;
    await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
    {
        for (var n = Interlocked.Increment(ref next); n < first + count; n = Interlocked.Increment(ref next))
        {
            var now = DateTimeOffset.UtcNow;
            var message = new CommentMessage(CommentMessage.CurrentVersion, CommentIds.New(now), article, $"قارئ {n}", $"drain-{runId}-{n}@example.com",
                $"تعليق رقم {n} على المقال، يقيس سرعة الإشراف. Comment {n} of run {runId}.", null, null, null, AddressHash(n), now);
            var hidden = visibleAfter - clock.Elapsed;
            await queue.SendMessageAsync(CommentMessages.Serialize(message), hidden > TimeSpan.FromSeconds(1) ? hidden : TimeSpan.FromSeconds(1));
        }
    })));
    Console.WriteLine($"  sent {count} messages to {queue.Name} in {clock.Elapsed.TotalSeconds:0.0} s; visible after {visibleAfter.TotalSeconds:0.0} s");
}

// Each message from its own reader: an address hash of the shape the host's keyed HMAC gives.
string AddressHash(int n) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{runId}-{n}")))[..32];

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
