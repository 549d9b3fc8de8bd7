using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace NewsFunctions.LoadDriver;

// ConsumerCpuMs and StorageCpuMs: CPU time per message of the consuming process and of Azurite,
// over the whole drain, so the report shows which side of the two shared cores was busy.
// JitShare: the part of the consumer's CPU its tiered-compilation thread took (at least), to show it was warm.
public sealed record DrainResult(string Name, int Messages, double PerSecond, TimeSpan Total, string? Note, double ConsumerCpuMs = double.NaN, double StorageCpuMs = double.NaN,
    double JitShare = double.NaN);

// Drain rate = messages removed from a queue per second. A message leaves the queue only once its
// consumer has finished with it (the WebJobs listener deletes after the function returns; the raw
// loop deletes after its insert), so "removed" means "stored". The rate is taken between 90% and
// 10% left, the steady part, so start-up and the last stragglers do not decide the figure; both the
// local host and the raw loop are measured with this same meter.
public static class Drain
{
    public static async Task<DrainResult> MeasureAsync(string name, QueueClient queue, int messages, TimeSpan timeout, Func<CancellationToken, Task>? consumer = null,
        int? consumerProcessId = null, int? storageProcessId = null)
    {
        var consumerCpu = HostMemory.CpuTime(consumerProcessId);
        var consumerJit = HostMemory.JitThreads(consumerProcessId);
        var storageCpu = HostMemory.CpuTime(storageProcessId);
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

        var consumerSpent = HostMemory.CpuTime(consumerProcessId) - consumerCpu;
        return new DrainResult(name, messages, messages * 0.8 / (at10.Value - at90.Value).TotalSeconds, total, null,
            PerMessage(consumerProcessId, consumerCpu), PerMessage(storageProcessId, storageCpu),
            consumerSpent > TimeSpan.Zero ? HostMemory.JitCpuSince(consumerProcessId, consumerJit) / consumerSpent : double.NaN);

        double PerMessage(int? processId, TimeSpan before)
            => processId is null ? double.NaN : (HostMemory.CpuTime(processId) - before).TotalMilliseconds / messages;
    }

    // The baseline consumers, shaped like the WebJobs listener: one receiver fetches batchSize
    // messages whenever fewer than newBatchThreshold are in flight, and each message is handled and
    // deleted on its own, without waiting for the rest of its batch.
    public static Task RawLoopAsync(QueueClient queue, TableClient table, string partition, int batchSize, int newBatchThreshold, CancellationToken stopping)
        => LoopAsync(queue, batchSize, newBatchThreshold, message => table.UpsertEntityAsync(
            new TableEntity(partition, message.MessageId) { ["Body"] = message.Body.ToString() }, TableUpdateMode.Replace, CancellationToken.None), stopping);

    public static async Task LoopAsync(QueueClient queue, int batchSize, int newBatchThreshold, Func<QueueMessage, Task> handle, CancellationToken stopping)
    {
        var inFlight = 0;
        var running = new List<Task>();
        while (!stopping.IsCancellationRequested)
        {
            if (Volatile.Read(ref inFlight) > newBatchThreshold)
            {
                await Task.Delay(1, CancellationToken.None);
                continue;
            }

            var batch = (await queue.ReceiveMessagesAsync(batchSize, TimeSpan.FromSeconds(60), CancellationToken.None)).Value;
            if (batch.Length == 0)
            {
                await Task.Delay(20, CancellationToken.None);
                continue;
            }

            running.RemoveAll(t => t.IsCompleted);
            foreach (var message in batch)
            {
                Interlocked.Increment(ref inFlight);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await handle(message);
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
                    }
                    catch (Azure.RequestFailedException ex) when (ex.Status == 404)
                    {
                        // Its visibility ran out and it was received again: the handlers are
                        // idempotent, as the listener's function is.
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                    }
                }, CancellationToken.None));
            }
        }

        await Task.WhenAll(running);
    }
}
