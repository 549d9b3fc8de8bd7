using Azure;
using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Comments;

namespace NewsFunctions.Moderation;

public enum ChangeOutcome { Changed, NotFound, PreconditionFailed }

// A moderator moving a comment to another status. The main entity's update, conditional on the
// ETag the moderator saw, is the commit point: index rows for the new status are written before it
// (listings ignore them until the main entity agrees) and the old ones removed after it.
public sealed class CommentModeration(ICommentStore comments, IArticleStore articles, TimeProvider clock, ILogger<CommentModeration> logger)
{
    public async Task<(ChangeOutcome Outcome, StoredComment? Comment)> ChangeStatusAsync(
        string id, string status, string action, string? ifMatch, string by, CancellationToken cancellationToken)
    {
        var current = await comments.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return (ChangeOutcome.NotFound, null);
        }

        if (!IfMatchAllows(ifMatch, ArticleFunctions.HttpETag(current.ETag)))
        {
            return (ChangeOutcome.PreconditionFailed, current);
        }

        var changed = current with { Status = status, History = [.. current.History, new HistoryEntry(clock.GetUtcNow(), action, by)] };
        await comments.WriteIndexRowsAsync(changed, cancellationToken);
        StoredComment saved;
        try
        {
            saved = await comments.UpdateAsync(changed, current.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another moderator won. Take back the rows written for a status the comment does not have.
            var winner = await comments.GetAsync(id, cancellationToken);
            if (winner is not null && winner.Status != status)
            {
                await comments.RemoveIndexRowsAsync(changed, status, cancellationToken);
            }

            return (ChangeOutcome.PreconditionFailed, winner);
        }

        if (status == CommentStatuses.Approved)
        {
            await articles.SetCommentCountedAsync(saved.ArticleSlug, saved.Id, counted: true, cancellationToken);
        }
        else if (current.Status == CommentStatuses.Approved)
        {
            await articles.SetCommentCountedAsync(saved.ArticleSlug, saved.Id, counted: false, cancellationToken);
        }

        if (current.Status != status)
        {
            await comments.RemoveIndexRowsAsync(current, current.Status, cancellationToken);
        }

        logger.LogInformation("Comment {CommentId} moved from {From} to {To} by {Moderator}", id, current.Status, status, by);
        return (ChangeOutcome.Changed, saved);
    }

    // No If-Match means an unconditional change; "*" matches any existing comment (RFC 9110).
    internal static bool IfMatchAllows(string? ifMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return true;
        }

        return ifMatch.Split(',').Select(t => t.Trim()).Any(t =>
        {
            var tag = t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t;
            return tag == "*" || tag == etag || "\"" + tag + "\"" == etag;
        });
    }
}
