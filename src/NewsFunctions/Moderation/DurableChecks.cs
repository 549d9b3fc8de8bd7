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
        QueuedComment queued, ValidComment valid, SiteHashers hashers, CancellationToken cancellationToken)
    {
        var id = queued.Message.Id;
        var hasher = hashers.Current;
        var readerKey = ReaderKey(hasher.Avatar(valid.Email));
        string DuplicateKey(SiteHasher h) => h.Duplicate(queued.Message.ArticleSlug, valid.Author, valid.Email, valid.Content);

        // The duplicate key includes the email, so its row lives beside the email's flood row and a
        // reader's first comment claims both in one request.
        var reader = readerClaims.ClaimAsReaderAsync(readerKey, DuplicateKey(hasher), id, queued.SubmittedAt, cancellationToken);

        // During a rotation the rows written under the previous secret are read too, never written:
        // one more request, and none when no previous secret is set.
        var earlier = hashers.Previous is { } previous
            ? readerClaims.ReadEarlierClaimsAsync(ReaderKey(previous.Avatar(valid.Email)), DuplicateKey(previous), cancellationToken)
            : Task.FromResult(EarlierClaims.None);
        var address = queued.IpHash is null
            ? Task.FromResult<RecentSubmission?>(null)
            : readerClaims.SwapLatestSubmissionAsync("i" + queued.IpHash, id, queued.SubmittedAt, cancellationToken);
        var earlierAddress = queued.PreviousIpHash is null
            ? Task.FromResult<RecentSubmission?>(null)
            : readerClaims.ReadLatestSubmissionAsync("i" + queued.PreviousIpHash, cancellationToken);
        var parent = valid.ParentId is null ? Task.FromResult<StoredComment?>(null) : comments.GetAsync(valid.ParentId, cancellationToken);

        // Short texts ("الله يرحمه") never count as a campaign, and they are the commonest comments:
        // skipping them saves a storage request each.
        var signature = NearDuplicateSignature.Compute(valid.Content);
        var otherAuthors = signature is null ? Task.FromResult(0) : nearDuplicates.RecordAndCountOtherAuthorsAsync(
            signature, hashers.Candidates(h => h.Author(valid.Author)), queued.SubmittedAt, NearDuplicateWindow, cancellationToken);
        var addressKeys = new[] { queued.IpHash, queued.PreviousIpHash }.OfType<string>().ToList();
        var banned = bans.IsBannedAsync(hashers.Candidates(h => h.Avatar(valid.Email)), addressKeys, queued.SubmittedAt, cancellationToken);
        await Task.WhenAll(reader, earlier, address, earlierAddress, parent, otherAuthors, banned);

        var claim = await reader;
        var found = new DurableFindings(
            claim.DuplicateOwner == id ? null : claim.DuplicateOwner, await parent, claim.Previous, await address, await otherAuthors, LastApproved: null, await banned);
        return (await earlier with { LatestByAddress = await earlierAddress }).AddTo(found, id, queued.SubmittedAt);
    }

    // Asked only when trust would change the decision (AutoModerator); during a rotation the approval
    // under the previous secret came with the earlier claims at no cost.
    public async Task<DateTimeOffset?> LastApprovedAsync(ValidComment valid, SiteHashers hashers, CancellationToken cancellationToken)
        => await readerClaims.LastApprovedAsync(ReaderKey(hashers.Current.Avatar(valid.Email)), cancellationToken);

    // The reader's rows live under their email's keyed hash, the one their avatar is drawn from.
    public static string ReaderKey(string avatarKey) => "e" + avatarKey;
}
