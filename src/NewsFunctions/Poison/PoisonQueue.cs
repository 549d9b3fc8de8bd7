using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.Storage;

namespace NewsFunctions.Poison;

// `comments-poison`, where the host puts a message that failed five times. A re-drive sends the
// same text to `comments` before deleting it here: a crash in between leaves it in both, and the
// queue function stores one comment for one id however often it is delivered (docs/EXACTLY-ONCE.md).
public sealed class PoisonQueue(QueueServiceClient queues) : IPoisonQueue
{
    private const int PeekLimit = 32;

    // Long enough to send and delete a batch; a message not deleted by then shows again in poison.
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan Glance = TimeSpan.FromSeconds(5);

    private readonly QueueClient comments = queues.GetQueueClient(QueueNames.Comments);
    private readonly QueueClient poison = queues.GetQueueClient(QueueNames.CommentsPoison);

    public async Task<IReadOnlyList<PoisonMessage>> PeekAsync(CancellationToken cancellationToken)
    {
        var peeked = await poison.PeekMessagesAsync(PeekLimit, cancellationToken);
        return peeked.Value
            .Select(m => new PoisonMessage(m.MessageId, m.InsertedOn, m.DequeueCount, PoisonPreview.Of(m.Body.ToString())))
            .ToList();
    }

    public async Task<int> RemoveAsync(Func<CommentMessage, bool> belongs, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var queue in new[] { poison, comments })
        {
            // Each message received is hidden for a moment only, so the ones kept go on to the queue
            // function at once; a message seen twice in one pass ends the pass.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var batch = (await queue.ReceiveMessagesAsync(PeekLimit, Glance, cancellationToken)).Value;
                if (batch.Length == 0 || !batch.All(m => seen.Add(m.MessageId)))
                {
                    break;
                }

                foreach (var message in batch.Where(m => Belongs(m.Body.ToString(), belongs)))
                {
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    removed++;
                }
            }
        }

        return removed;
    }

    private static bool Belongs(string body, Func<CommentMessage, bool> belongs)
    {
        try
        {
            return belongs(CommentMessages.Parse(body));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public async Task<int> RedriveAsync(int max, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (moved < max)
        {
            var batch = (await poison.ReceiveMessagesAsync(Math.Min(PeekLimit, max - moved), Hold, cancellationToken)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await comments.SendMessageAsync(message.Body.ToString(), cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }

        return moved;
    }
}
