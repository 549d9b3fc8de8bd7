using System.Collections.Concurrent;

namespace NewsFunctions.Storage;

// Gathers what concurrent callers write under one key (a table partition) and writes it in rounds,
// one request per round. There is no timer: a key's first item goes out at once, and items that
// arrive while a round is in flight go out together in the next. Each caller's task completes when
// the round holding its item is written, or fails with that round's error, exactly as if it had
// written alone. `roundSize` says how many of the waiting items, from the oldest, one round can hold.
public sealed class WriteCoalescer<TItem>(
    Func<IReadOnlyList<TItem>, int> roundSize,
    Func<string, IReadOnlyList<TItem>, Task> writeRound)
{
    private readonly ConcurrentDictionary<string, KeyQueue> queues = new(StringComparer.Ordinal);

    public Task WriteAsync(string key, TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item);
        while (true)
        {
            var queue = queues.GetOrAdd(key, _ => new KeyQueue());
            lock (queue)
            {
                // A queue whose writer has finished was removed from the map; take a fresh one.
                if (queue.Retired)
                {
                    continue;
                }

                queue.Waiting.Add(pending);
                if (!queue.Writing)
                {
                    queue.Writing = true;
                    _ = Task.Run(() => WriteRoundsAsync(key, queue), CancellationToken.None);
                }
            }

            return pending.Done.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task WriteRoundsAsync(string key, KeyQueue queue)
    {
        while (true)
        {
            List<Pending> round;
            lock (queue)
            {
                if (queue.Waiting.Count == 0)
                {
                    // Retired under the lock, so a caller either joined this round or takes a new
                    // queue; the map keeps only keys being written.
                    queue.Retired = true;
                    queues.TryRemove(new KeyValuePair<string, KeyQueue>(key, queue));
                    return;
                }

                round = [.. queue.Waiting];
                queue.Waiting.Clear();
            }

            try
            {
                // Sized outside the lock and inside the try: whatever happens, every taken item
                // completes, and what the round cannot hold goes back to the front of the queue.
                var size = Math.Max(1, roundSize(round.Select(p => p.Item).ToList()));
                if (size < round.Count)
                {
                    lock (queue)
                    {
                        queue.Waiting.InsertRange(0, round.Skip(size));
                    }

                    round.RemoveRange(size, round.Count - size);
                }

                await writeRound(key, round.Select(p => p.Item).ToList());
                round.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                // Not handled here: handed to every caller whose item was in the round.
                round.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    private sealed class KeyQueue
    {
        public List<Pending> Waiting { get; } = [];

        public bool Writing { get; set; }

        public bool Retired { get; set; }
    }

    private sealed record Pending(TItem Item)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
