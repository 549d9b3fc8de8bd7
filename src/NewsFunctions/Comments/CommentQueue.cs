using Azure.Storage.Queues;
using NewsFunctions.Storage;

namespace NewsFunctions.Comments;

// The `comments` queue. Sending lets storage failures escape on purpose: the caller answers 503
// and never 202 for a comment that is not durably queued.
public sealed class CommentQueue(QueueServiceClient queues) : ICommentQueue
{
    private readonly QueueClient comments = queues.GetQueueClient(QueueNames.Comments);
    private readonly QueueClient poison = queues.GetQueueClient(QueueNames.CommentsPoison);

    public async Task SendAsync(CommentMessage message, CancellationToken cancellationToken)
        => await comments.SendMessageAsync(CommentMessages.Serialize(message), cancellationToken);

    // Both counts are the service's approximations, which is what a dashboard needs.
    public async Task<(int Queued, int Poison)> CountAsync(CancellationToken cancellationToken)
    {
        var queued = await comments.GetPropertiesAsync(cancellationToken);
        var failed = await poison.GetPropertiesAsync(cancellationToken);
        return (queued.Value.ApproximateMessagesCount, failed.Value.ApproximateMessagesCount);
    }
}
