using Azure;
using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

// A moderator moving a comment to another status. The main entity's update, conditional on the
// ETag the moderator saw, is the commit point: index rows for the new status are written before it
// (listings ignore them until the main entity agrees) and the old ones removed after it.
public sealed class StatusChanger(
    ICommentStore comments, ICommentCounter counter, IStatusCounter statusCounter, IReaderClaimStore readerClaims, TimeProvider clock, ILogger<StatusChanger> logger)
{
    // `alter` changes the comment's fields along with its status, in the same conditional write: an
    // erasure's anonymised fields, the reasons a readers' report moved it for.
    public async Task<(ChangeOutcome Outcome, StoredComment? Comment)> ChangeStatusAsync(
        string id, string status, string action, string? ifMatch, string by, CancellationToken cancellationToken,
        Func<StoredComment, StoredComment>? alter = null)
    {
        var current = await comments.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return (ChangeOutcome.NotFound, null);
        }

        if (!ETags.IfMatchAllows(ifMatch, ETags.FromStorage(current.ETag)))
        {
            return (ChangeOutcome.PreconditionFailed, current);
        }

        // A reply is public only under a public parent: approving it first would publish it as a
        // reply to a comment readers cannot see.
        if (status == CommentStatuses.Approved && current.ParentId is not null
            && (await comments.GetAsync(current.ParentId, cancellationToken))?.Status != CommentStatuses.Approved)
        {
            return (ChangeOutcome.ParentNotApproved, current);
        }

        var changed = current with { Status = status, History = [.. current.History, new HistoryEntry(clock.GetUtcNow(), action, by)] };
        changed = alter?.Invoke(changed) ?? changed;
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

        // Set from the new status, not from the change: a retry after a crash right after the update
        // (now from the new status to itself) still brings the counts in line.
        await Task.WhenAll(
            counter.SetCountedAsync(saved.ArticleSlug, saved.Id, counted: status == CommentStatuses.Approved, cancellationToken),
            statusCounter.SyncAsync(saved.Id, cancellationToken));
        if (status == CommentStatuses.Approved)
        {
            await readerClaims.RecordApprovedAsync(DurableChecks.ReaderKey(saved.AvatarKey), clock.GetUtcNow(), cancellationToken);
        }

        if (current.Status != status)
        {
            await comments.RemoveIndexRowsAsync(current, current.Status, cancellationToken);
        }

        logger.LogInformation("Comment {CommentId} moved from {From} to {To} by {Moderator}", id, current.Status, status, by);
        return (ChangeOutcome.Changed, saved);
    }
}
