using Microsoft.Extensions.Logging;
using NewsFunctions.Bans;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Poison;
using NewsFunctions.Reports;
using NewsFunctions.Spam;

namespace NewsFunctions.Readers;

// Readers' data requests (GDPR articles 15 and 17), found by the email's keyed hash. Erasing goes
// from where new data could come back to what is already stored: the queued copies first (a message
// left there would store the comment again), then the comments, then the rows that only exist
// because of them. Each step can run again, so a second erase finishes what a failed one began.
public sealed class ReaderEraser(
    ICommentStore comments,
    StatusChanger statuses,
    IReaderClaimStore readerClaims,
    INearDuplicateStore nearDuplicates,
    IBanStore bans,
    IReportStore reports,
    IPoisonQueue queues,
    SiteKeys keys,
    ILogger<ReaderEraser> logger)
{
    // A moderator deciding on the same comment at that moment wins a round; a few rounds are plenty.
    private const int MaxAttempts = 5;

    public async Task<IReadOnlyList<StoredComment>> ExportAsync(string email, CancellationToken cancellationToken)
        => await comments.ListByAvatarKeysAsync((await keys.GetHashersAsync(cancellationToken)).Candidates(h => h.Avatar(email)), cancellationToken);

    public async Task<int> EraseAsync(string email, string by, CancellationToken cancellationToken)
    {
        var hashers = await keys.GetHashersAsync(cancellationToken);
        var avatarKeys = hashers.Candidates(h => h.Avatar(email));

        // A queued message holds the email itself: the current secret's hash of it is enough.
        var queued = await queues.RemoveAsync(m => m.Email is not null && hashers.Current.Avatar(m.Email) == avatarKeys[0], cancellationToken);

        var found = await comments.ListByAvatarKeysAsync(avatarKeys, cancellationToken);
        var addresses = found.Select(c => c.IpHash).OfType<string>().Distinct().ToList();
        foreach (var comment in found)
        {
            // The band rows are keyed by the author's name, which the erased comment no longer has.
            if (NearDuplicateSignature.Compute(comment.Content) is { } signature)
            {
                foreach (var authorKey in hashers.Candidates(h => h.Author(comment.Author)))
                {
                    await nearDuplicates.ForgetAuthorAsync(signature, authorKey, cancellationToken);
                }
            }

            await EraseCommentAsync(comment.Id, by, cancellationToken);
        }

        foreach (var floodKey in avatarKeys.Select(DurableChecks.ReaderKey).Concat(addresses.Select(a => "i" + a)))
        {
            await readerClaims.ForgetAsync(floodKey, cancellationToken);
        }

        await reports.ForgetAsync(found.Select(c => c.Id), addresses, cancellationToken);
        var lifted = await bans.LiftMatchingAsync(avatarKeys, addresses, cancellationToken);
        logger.LogInformation("Reader erased by {Admin}: {Comments} comments, {Queued} queued messages, {Bans} bans", by, found.Count, queued, lifted);
        return found.Count;
    }

    private async Task EraseCommentAsync(string id, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (outcome, _) = await statuses.ChangeStatusAsync(
                id, CommentStatuses.Deleted, ReaderErasure.EraseAction, ifMatch: null, by, cancellationToken, ReaderErasure.Anonymize);
            if (outcome is ChangeOutcome.Changed or ChangeOutcome.NotFound)
            {
                return;
            }
        }

        throw new InvalidOperationException($"Comment {id} kept changing while it was being erased; erase again.");
    }
}
