using System.Text.Json;
using Azure.Storage.Queues;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.Comments;

public interface ICommentQueue
{
    Task SendAsync(CommentMessage message, CancellationToken cancellationToken);

    Task<(int Queued, int Poison)> CountAsync(CancellationToken cancellationToken);
}

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

public static class CommentMessages
{
    public static string Serialize(CommentMessage message) => JsonSerializer.Serialize(message, ApiJson.Options);

    // A message that cannot be read throws, so the host retries it and then moves it to the poison
    // queue where a person can look at it; nothing is stored for it.
    public static CommentMessage Parse(string text)
    {
        CommentMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<CommentMessage>(text, ApiJson.Options);
        }
        catch (JsonException)
        {
            throw new FormatException("The comment message is not JSON of the expected shape.");
        }

        if (message is null || message.Version != CommentMessage.CurrentVersion)
        {
            throw new FormatException($"The comment message has no known schema version (expected {CommentMessage.CurrentVersion}).");
        }

        if (!CommentIds.IsValid(message.Id) || !Articles.Slugs.IsValid(message.ArticleSlug))
        {
            throw new FormatException("The comment message has no valid id or article slug.");
        }

        return message;
    }
}
