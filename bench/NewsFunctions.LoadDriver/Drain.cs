using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace NewsFunctions.LoadDriver;

public sealed record DrainResult(string Name, int Messages, double PerSecond, TimeSpan Total, string? Note);

// Drain rate = messages removed from a queue per second. A message leaves the queue only once its
// consumer has finished with it (the WebJobs listener deletes after the function returns; the raw
// loop deletes after its insert), so "removed" means "stored". The rate is taken between 90% and
// 10% left, the steady part, so start-up and the last stragglers do not decide the figure; both the
// local host and the raw loop are measured with this same meter.
public static class Drain
{
    public static async Task<DrainResult> MeasureAsync(string name, QueueClient queue, int messages, TimeSpan timeout, Func<CancellationToken, Task>? consumer = null)
    {
        using var stop = new CancellationTokenSource();
        var consuming = consumer is null ? Task.CompletedTask : Task.Run(() => consumer(stop.Token));
        var clock = Stopwatch.StartNew();
        TimeSpan? at90 = null, at10 = null;
        while (clock.Elapsed < timeout)
        {
            var left = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            if (at90 is null && left <= messages * 0.9)
            {
                at90 = clock.Elapsed;
            }

            if (at10 is null && left <= messages * 0.1)
            {
                at10 = clock.Elapsed;
            }

            if (left == 0)
            {
                break;
            }

            await Task.Delay(50);
        }

        var total = clock.Elapsed;
        await stop.CancelAsync();
        await consuming;
        if (at90 is null || at10 is null || at10 <= at90)
        {
            return new DrainResult(name, messages, double.NaN, total, $"did not drain within {timeout.TotalSeconds:0} s");
        }

        return new DrainResult(name, messages, messages * 0.8 / (at10.Value - at90.Value).TotalSeconds, total, null);
    }

    // The baseline consumer: receive a batch, insert each message into a table, delete it, with as
    // many messages in flight as the WebJobs listener allows itself (batchSize + newBatchThreshold).
    public static async Task RawLoopAsync(QueueClient queue, TableClient table, int batchSize, int receivers, CancellationToken stopping)
    {
        await Task.WhenAll(Enumerable.Range(0, receivers).Select(async receiver =>
        {
            while (!stopping.IsCancellationRequested)
            {
                var batch = (await queue.ReceiveMessagesAsync(batchSize, TimeSpan.FromSeconds(30), CancellationToken.None)).Value;
                if (batch.Length == 0)
                {
                    await Task.Delay(20, CancellationToken.None);
                    continue;
                }

                await Task.WhenAll(batch.Select(async message =>
                {
                    var entity = new TableEntity($"p{receiver}", message.MessageId) { ["Body"] = message.Body.ToString() };
                    await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
                }));
            }
        }));
    }
}
