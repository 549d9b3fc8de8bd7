using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Comments;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

public sealed class AutoModerationFunction(AutoModerator moderator)
{
    // An unreadable message throws (FormatException): the host retries it maxDequeueCount times
    // (host.json) and then moves it to comments-poison. Storage failures throw too and are retried.
    [Function(nameof(ModerateComment))]
    public async Task ModerateComment([QueueTrigger(QueueNames.Comments)] string message, CancellationToken cancellationToken)
    {
        var comment = CommentMessages.Parse(message);
        if (comment.EditedAt is null)
        {
            await moderator.ModerateAsync(comment, cancellationToken);
        }
        else
        {
            await moderator.ApplyEditAsync(comment, cancellationToken);
        }
    }
}
