using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;

namespace NewsFunctions.LoadDriver;

// Drains: each consumer first empties warm-up batches (unmeasured, for the JIT), then meets K
// comment messages that all become visible at one moment. The messages are what POST enqueues (the
// app's own CommentMessage), sent straight to the queue so that a running listener does not start on
// them while they are being sent.
public sealed class DrainScenarios(BenchSite site, SystemUnderTest system, Report report)
{
    // Message numbers: each consumer its own range of 100,000, warm-up batches first and the measured
    // drain from range + MeasuredOffset, so no comment is a duplicate of another; every 50,000 numbers
    // are an article of their own, so a measured drain starts on an article without comments.
    private const int MeasuredOffset = 50_000;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(3);

    private readonly int k = site.Options.DrainMessages;
    private int WarmUp => Math.Min(k, 500);

    public async Task RunAsync()
    {
        var (batchSize, newBatchThreshold) = HostQueueSettings();
        var drainQueue = await site.CreateQueueAsync("bench-drain");
        var drainTable = site.Tables.GetTableClient("benchdrain");
        await drainTable.CreateIfNotExistsAsync();

        // The raw loop keeps as many messages in flight as the host's listener may (host.json). Each
        // of its drains writes a partition of its own, as each moderation drain writes an article of
        // its own: Azurite finds a row by reading its partition, so a grown one would slow it down.
        Func<CancellationToken, Task> RawLoop(string partition) => stop => Drain.RawLoopAsync(drainQueue, drainTable, partition, batchSize, newBatchThreshold, stop);

        Console.WriteLine($"Drain: warming up on batches of {WarmUp} messages ({report.LoadAverage()})");
        await WarmUpAsync(drainQueue, 0, RawLoop("raw-warm-up"), Environment.ProcessId);
        await SendCommentMessagesAsync(drainQueue, MeasuredOffset, k);
        report.Add(await MeasureInDriverAsync(Report.RawDrain, drainQueue, RawLoop("raw-first")) with { Name = Report.RawDrain + ", first" });
        Console.WriteLine($"  raw loop drained ({report.LoadAverage()})");

        // The same moderation code without the host: the app's AutoModerator, built from the app's own
        // service registration, in the raw loop's receive-handle-delete shape. Host / this is what the
        // WebJobs listener and the host add; this / raw is the storage work moderation does by design.
        var moderateQueue = await site.CreateQueueAsync("bench-moderate");
        await using var app = InProcessApp.Build(system.StorageConnectionString);
        Func<CancellationToken, Task> LoopOver(AutoModerator moderator) => stop => Drain.LoopAsync(moderateQueue, batchSize, newBatchThreshold,
            message => moderator.ModerateAsync(CommentMessages.Parse(message.Body.ToString()), CancellationToken.None), stop);
        var moderationLoop = LoopOver(app.GetRequiredService<AutoModerator>());

        // Every drain leaves Azurite's partitions and database bigger, so the next one a little
        // slower: the code without the host runs before and after the host, and the host is compared
        // with the mean of the two.
        await WarmUpAsync(moderateQueue, 100_000, moderationLoop, Environment.ProcessId);
        await SendCommentMessagesAsync(moderateQueue, 100_000 + MeasuredOffset, k);
        report.Add(await MeasureInDriverAsync(Report.InProcessDrain, moderateQueue, moderationLoop) with { Name = Report.InProcessDrain + ", before the host" });
        Console.WriteLine($"  moderation without the host drained ({report.LoadAverage()})");

        await system.StartHostAsync(listening: true);
        await using (var memory = new HostMemory(system.HostProcessId))
        {
            await WarmUpAsync(site.CommentsQueue, 200_000, consumer: null, system.HostProcessId);
            await SendCommentMessagesAsync(site.CommentsQueue, 200_000 + MeasuredOffset, k);
            report.Add(await Drain.MeasureAsync(Report.HostDrain, site.CommentsQueue, k, DrainLimit, consumerProcessId: system.HostProcessId, storageProcessId: system.AzuriteProcessId));
            report.Memory(Report.HostDrain, memory.PeakRssBytes);
        }

        Console.WriteLine($"  host drained ({report.LoadAverage()})");
        await SendCommentMessagesAsync(moderateQueue, 300_000, k);
        report.Add(await MeasureInDriverAsync(Report.InProcessDrain, moderateQueue, moderationLoop) with { Name = Report.InProcessDrain + ", after the host" });
        Console.WriteLine($"  moderation without the host drained again ({report.LoadAverage()})");

        // What dropping the durable checks would buy: the same code with them answered from memory.
        await SendCommentMessagesAsync(moderateQueue, 500_000, k);
        report.Add(await MeasureInDriverAsync(Report.UncheckedDrain, moderateQueue, LoopOver(InProcessApp.WithoutDurableChecks(app))));
        Console.WriteLine($"  moderation without its durable checks drained ({report.LoadAverage()})");
        await SendCommentMessagesAsync(drainQueue, 400_000, k);
        report.Add(await MeasureInDriverAsync(Report.RawDrain, drainQueue, RawLoop("raw-last")) with { Name = Report.RawDrain + ", last" });
        Console.WriteLine($"  raw loop drained again ({report.LoadAverage()})");
    }

    private static (int BatchSize, int NewBatchThreshold) HostQueueSettings()
    {
        var path = Path.Combine(NewsFunctions.IntegrationTests.Infrastructure.RepositoryPaths.Root, "src", "NewsFunctions", "host.json");
        using var hostJson = JsonDocument.Parse(File.ReadAllText(path));
        var queues = hostJson.RootElement.GetProperty("extensions").GetProperty("queues");
        return (queues.GetProperty("batchSize").GetInt32(), queues.GetProperty("newBatchThreshold").GetInt32());
    }

    // A consumer in this process: its CPU is the driver's, counted beside Azurite's.
    private Task<DrainResult> MeasureInDriverAsync(string name, QueueClient queue, Func<CancellationToken, Task> consumer)
        => Drain.MeasureAsync(name, queue, k, DrainLimit, consumer, Environment.ProcessId, system.AzuriteProcessId);

    // Batches of WarmUp messages until the consumer's tiered-compilation thread took under 5% of its
    // CPU in two batches in a row (at most 10). A host that has just started spends seconds
    // recompiling its hot code: after one batch of 500 that was still 40% of its CPU during the
    // measured drain, and one quiet batch can be followed by a busy one.
    private async Task WarmUpAsync(QueueClient queue, int firstNumber, Func<CancellationToken, Task>? consumer, int? processId)
    {
        const int MaxBatches = 10;
        var quiet = 0;
        for (var batch = 1; batch <= MaxBatches && quiet < 2; batch++)
        {
            await SendCommentMessagesAsync(queue, firstNumber + (batch - 1) * WarmUp, WarmUp);
            var share = (await Drain.MeasureAsync("warm-up", queue, WarmUp, DrainLimit, consumer, processId)).JitShare;
            Console.WriteLine($"  warm-up batch {batch} on {queue.Name}: JIT {share:P0} of the consumer's CPU");
            quiet = share < 0.05 ? quiet + 1 : 0;
        }
    }

    // Messages [first, first + count), hidden until a moment far enough ahead for all of them to be
    // sent, so that the consumer meets the whole batch at once. Each consumer's comments go to an
    // article of its own, as a day's comments spread over the day's stories.
    private async Task SendCommentMessagesAsync(QueueClient queue, int first, int count)
    {
        var article = $"{site.Slug}-{first / MeasuredOffset}";
        if (first % MeasuredOffset == 0)
        {
            await site.PutArticleAsync(article);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var visibleAfter = TimeSpan.FromSeconds(Math.Max(3, count / 150.0));
        var next = first - 1;
        await Task.WhenAll(Enumerable.Range(0, site.Options.Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n < first + count; n = Interlocked.Increment(ref next))
            {
                var hidden = visibleAfter - clock.Elapsed;
                await queue.SendMessageAsync(CommentMessages.Serialize(site.CommentMessage(n, article)), hidden > TimeSpan.FromSeconds(1) ? hidden : TimeSpan.FromSeconds(1));
            }
        })));
        Console.WriteLine($"  sent {count} messages to {queue.Name} in {clock.Elapsed.TotalSeconds:0.0} s; visible after {visibleAfter.TotalSeconds:0.0} s");
    }
}
