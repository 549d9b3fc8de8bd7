using NewsFunctions.Bans;
using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// The checks that read and write rows of their own. Each repeats its answer on a redelivery whatever
// order they ran in (docs/EXACTLY-ONCE.md), so they run at once: a comment waits for the slowest of
// them, not for their sum.
public sealed class DurableChecks(IReaderClaimStore readerClaims, INearDuplicateStore nearDuplicates, ICommentStore comments, IBanStore bans)
{
    // Across all articles: a campaign pastes the same text under new names on every story of the day.
    public static readonly TimeSpan NearDuplicateWindow = TimeSpan.FromHours(24);

    public async Task<DurableFindings> RunAsync(
        QueuedComment queued, ValidComment valid, SiteHasher hasher, bool askTrust, CancellationToken cancellationToken)
    {
        var id = queued.Message.Id;
        var readerKey = ReaderKey(hasher.Avatar(valid.Email));

        // The duplicate key includes the email, so its row lives beside the email's flood row and a
        // reader's first comment claims both in one request.
        var reader = readerClaims.ClaimAsReaderAsync(
            readerKey, hasher.Duplicate(queued.Message.ArticleSlug, valid.Author, valid.Email, valid.Content),
            id, queued.SubmittedAt, cancellationToken);
        var address = queued.IpHash is null
            ? Task.FromResult<RecentSubmission?>(null)
            : readerClaims.SwapLatestSubmissionAsync("i" + queued.IpHash, id, queued.SubmittedAt, cancellationToken);
        var parent = valid.ParentId is null ? Task.FromResult<StoredComment?>(null) : comments.GetAsync(valid.ParentId, cancellationToken);

        // Short texts ("الله يرحمه") never count as a campaign, and they are the commonest comments:
        // skipping them saves a storage request each.
        var signature = NearDuplicateSignature.Compute(valid.Content);
        var otherAuthors = signature is null ? Task.FromResult(0) : nearDuplicates.RecordAndCountOtherAuthorsAsync(
            signature, hasher.Author(valid.Author), queued.SubmittedAt, NearDuplicateWindow, cancellationToken);
        var lastApproved = askTrust ? readerClaims.LastApprovedAsync(readerKey, cancellationToken) : Task.FromResult<DateTimeOffset?>(null);
        var banned = bans.IsBannedAsync(hasher.Avatar(valid.Email), queued.IpHash, queued.SubmittedAt, cancellationToken);
        await Task.WhenAll(reader, address, parent, otherAuthors, lastApproved, banned);

        var claim = await reader;
        return new DurableFindings(
            claim.DuplicateOwner == id ? null : claim.DuplicateOwner, await parent, claim.Previous, await address, await otherAuthors, await lastApproved, await banned);
    }

    // The reader's rows live under their email's keyed hash, the one their avatar is drawn from.
    public static string ReaderKey(string avatarKey) => "e" + avatarKey;
}
