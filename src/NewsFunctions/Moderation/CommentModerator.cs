using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// Turns one queue message into one stored comment. Every write is idempotent and they come in the
// order docs/EXACTLY-ONCE.md explains, so a redelivery, or a retry after the process died between
// any two writes, ends with the same single comment.
public sealed class CommentModerator(
    ICommentStore comments,
    IReaderClaimStore readerClaims,
    INearDuplicateStore nearDuplicates,
    IArticleStore articles,
    ICommentCounter counter,
    SpamCheckerCache checkers,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<CommentModerator> logger)
{
    // The stored field limits for a message that broke the rules: what is kept to explain the
    // rejection, bounded so a hostile message cannot exceed an entity's size.
    private const int MaxStoredLength = CommentValidator.MaxContentLength;

    // Across all articles: a campaign pastes the same text under new names on every story of the day.
    public static readonly TimeSpan NearDuplicateWindow = TimeSpan.FromHours(24);

    public async Task<StoredComment> ModerateAsync(CommentMessage message, CancellationToken cancellationToken)
    {
        // No read first to see whether a redelivered message was stored already: that would cost
        // every comment a request for the rare redelivery. A redelivery decides again, with writes
        // that repeat the first delivery's answers, and the insert of the comment (the commit point)
        // then returns the stored comment, whose status stands even if settings changed since.
        var stored = await DecideAndStoreAsync(message, cancellationToken);

        // The index rows and the count are independent writes after the commit point: at once.
        await Task.WhenAll(
            comments.WriteIndexRowsAsync(stored, cancellationToken),
            stored.Status == CommentStatuses.Approved
                ? counter.SetCountedAsync(stored.ArticleSlug, stored.Id, counted: true, cancellationToken)
                : Task.CompletedTask);

        logger.LogInformation("Comment {CommentId} is {Status}: {Reasons}", stored.Id, stored.Status, string.Join("; ", stored.Reasons));
        return stored;
    }

    private async Task<StoredComment> DecideAndStoreAsync(CommentMessage message, CancellationToken cancellationToken)
    {
        var hasher = await keys.GetHasherAsync(cancellationToken);
        var current = await checkers.GetAsync(cancellationToken);
        var input = new CommentInput(message.Author, message.Email, message.Content, message.Website, message.ParentId, message.Hp);
        var (valid, errors) = CommentValidator.Validate(input);
        var article = ArticleState.Of(await articles.GetAsync(message.ArticleSlug, cancellationToken));

        // A message can come from anywhere: its address hash becomes a table key only if it has the
        // shape SiteHasher gives, and a missing time is the time it arrived.
        var ipHash = message.IpHash is { Length: 32 } hash && hash.All(char.IsAsciiHexDigitLower) ? hash : null;
        var submittedAt = message.SubmittedAt == default ? clock.GetUtcNow() : message.SubmittedAt.ToUniversalTime();

        string? duplicateOf = null;
        var parent = ParentState.None;
        var depth = 1;
        SpamVerdict? verdict = null;
        string? floodReason = null;
        if (valid is not null && article.Exists && article.CommentsOpen)
        {
            // The checks read and write rows of their own, and each repeats its answer on a
            // redelivery whatever order they ran in (docs/EXACTLY-ONCE.md), so they run at once:
            // a comment waits for the slowest of them, not for their sum.
            //
            // The duplicate key includes the email, so its row lives beside the email's flood row
            // and a reader's first comment claims both in one request.
            var emailKey = "e" + hasher.Avatar(valid.Email);
            var reader = readerClaims.ClaimAsReaderAsync(
                emailKey, hasher.Duplicate(message.ArticleSlug, valid.Author, valid.Email, valid.Content), message.Id, submittedAt, cancellationToken);
            var address = ipHash is null
                ? Task.FromResult<RecentSubmission?>(null)
                : readerClaims.SwapLatestSubmissionAsync("i" + ipHash, message.Id, submittedAt, cancellationToken);
            var parentRead = valid.ParentId is null ? Task.FromResult<StoredComment?>(null) : comments.GetAsync(valid.ParentId, cancellationToken);

            // Short texts ("الله يرحمه") never count as a campaign, and they are the commonest
            // comments: skipping them saves a storage request each.
            var fingerprint = TextFingerprint.ForNearDuplicates(valid.Content);
            var otherAuthors = fingerprint is null ? Task.FromResult(0) : nearDuplicates.RecordAndCountOtherAuthorsAsync(
                fingerprint, hasher.Author(valid.Author), submittedAt, NearDuplicateWindow, cancellationToken);
            await Task.WhenAll(reader, address, parentRead, otherAuthors);

            var claim = await reader;
            duplicateOf = claim.DuplicateOwner == message.Id ? null : claim.DuplicateOwner;
            if (valid.ParentId is not null)
            {
                var parentComment = await parentRead;
                parent = ModerationRules.ParentStateOf(parentComment, message.ArticleSlug);
                depth = (parentComment?.Depth ?? 0) + 1;
            }

            // Both keys are recorded even when the email's already says flood, so the next comment
            // is measured from this one; the email's reason is given first.
            var floodSeconds = current.Settings.FloodSeconds;
            floodReason = ModerationRules.FloodReasonFor(claim.Previous, submittedAt, floodSeconds)
                ?? ModerationRules.FloodReasonFor(await address, submittedAt, floodSeconds);
            verdict = current.Checker.Check(new CommentText(valid.Author, valid.Content, valid.Website, valid.Honeypot), new RecentActivity(await otherAuthors));
        }

        var decision = ModerationRules.Decide(new DecisionInput(errors, article, parent, valid?.ParentId, duplicateOf, verdict, current.Settings.Mode, floodReason));
        var email = valid?.Email ?? Clip(message.Email);
        var comment = new StoredComment(
            message.Id,
            message.ArticleSlug,
            valid?.ParentId,
            depth,
            valid?.Author ?? Clip(message.Author),
            email,
            hasher.Avatar(email),
            valid?.Content ?? Clip(message.Content),
            valid?.Website,
            ipHash,
            submittedAt,
            decision.Status,
            decision.Reasons,
            decision.SpamScore,
            [new HistoryEntry(clock.GetUtcNow(), "moderated: " + decision.Status, HistoryEntry.SystemActor)]);

        // AddAsync returns the stored comment when a concurrent delivery of the same message won.
        var (saved, _) = await comments.AddAsync(comment, cancellationToken);
        return saved;
    }

    private static string Clip(string? value) => value is null ? "" : value.Length <= MaxStoredLength ? value : value[..MaxStoredLength];
}
