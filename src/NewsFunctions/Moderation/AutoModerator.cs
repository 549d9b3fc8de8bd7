using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Settings;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// Turns one queue message into one stored comment with its first status. Every write is idempotent
// and they come in the order docs/EXACTLY-ONCE.md explains, so a redelivery, or a retry after the
// process died between any two writes, ends with the same single comment.
public sealed class AutoModerator(
    ICommentStore comments,
    DurableChecks checks,
    IArticleStore articles,
    ICommentCounter counter,
    IStatusCounter statusCounter,
    IReaderClaimStore readerClaims,
    SpamCheckerCache checkers,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<AutoModerator> logger)
{
    // The stored field limits for a message that broke the rules: what is kept to explain the
    // rejection, bounded so a hostile message cannot exceed an entity's size.
    private const int MaxStoredLength = CommentValidator.MaxContentLength;

    public async Task<StoredComment> ModerateAsync(CommentMessage message, CancellationToken cancellationToken)
    {
        // No read first to see whether a redelivered message was stored already: that would cost
        // every comment a request for the rare redelivery. A redelivery decides again, with writes
        // that repeat the first delivery's answers, and the insert of the comment (the commit point)
        // then returns the stored comment, whose status stands even if settings changed since.
        var (stored, created) = await DecideAndStoreAsync(message, cancellationToken);

        // The index rows and the counts are independent writes after the commit point: at once.
        await Task.WhenAll(
            comments.WriteIndexRowsAsync(stored, cancellationToken),
            created ? statusCounter.SyncCreatedAsync(stored.Id, stored.Status, cancellationToken) : statusCounter.SyncAsync(stored.Id, cancellationToken),
            stored.Status == CommentStatuses.Approved
                ? counter.SetCountedAsync(stored.ArticleSlug, stored.Id, counted: true, cancellationToken)
                : Task.CompletedTask,
            stored.Status == CommentStatuses.Approved
                ? readerClaims.RecordApprovedAsync(DurableChecks.ReaderKey(stored.AvatarKey), clock.GetUtcNow(), cancellationToken)
                : Task.CompletedTask);

        logger.LogInformation("Comment {CommentId} is {Status}: {Reasons}", stored.Id, stored.Status, string.Join("; ", stored.Reasons));
        return stored;
    }

    // An edit: the same id with new text, decided again exactly as a new comment is, except that the
    // flood rules do not apply (an edit is no second submission; the web tier rate-limits edits per
    // address). The main entity's update, conditional on the ETag read, is the commit point: the rows
    // of the new status are written before it and the old status's rows removed after it.
    public async Task<StoredComment?> ApplyEditAsync(CommentMessage message, CancellationToken cancellationToken)
    {
        var existing = await comments.GetAsync(message.Id, cancellationToken);
        if (existing is null || existing.Status == CommentStatuses.Deleted || existing.EditedAt > message.EditedAt)
        {
            logger.LogInformation("Edit of comment {CommentId} dropped: the comment is missing, withdrawn or edited since", message.Id);
            return existing;
        }

        var redelivered = existing.EditedAt == message.EditedAt;
        var saved = redelivered ? existing : await DecideEditAsync(existing, message, cancellationToken);

        // A redelivery after the commit no longer knows the status before the edit: every other
        // status's row goes (removing a row that is not there costs one request and changes nothing).
        IEnumerable<string> stale = redelivered ? CommentStatuses.All.Where(s => s != saved.Status)
            : existing.Status == saved.Status ? [] : [existing.Status];
        await Task.WhenAll(stale.Select(status => comments.RemoveIndexRowsAsync(existing, status, cancellationToken))
            .Append(counter.SetCountedAsync(saved.ArticleSlug, saved.Id, saved.Status == CommentStatuses.Approved, cancellationToken))
            .Append(statusCounter.SyncAsync(saved.Id, cancellationToken)));

        logger.LogInformation("Edited comment {CommentId} is {Status}: {Reasons}", saved.Id, saved.Status, string.Join("; ", saved.Reasons));
        return saved;
    }

    private async Task<StoredComment> DecideEditAsync(StoredComment existing, CommentMessage message, CancellationToken cancellationToken)
    {
        var (queued, _, decision, _) = await GatherAndDecideAsync(message, isEdit: true, cancellationToken);
        var edited = existing with
        {
            Content = queued.Valid?.Content ?? Clip(message.Content),
            Status = decision.Status,
            Reasons = decision.Reasons,
            SpamScore = decision.SpamScore,
            EditedAt = message.EditedAt,
            History = [.. existing.History, new HistoryEntry(clock.GetUtcNow(), "edited; moderated: " + decision.Status, HistoryEntry.SystemActor)],
        };
        await comments.ReplaceIndexRowsAsync(edited, cancellationToken);

        // A moderator acting in between makes this throw 412: the host retries the message, which
        // then decides against what the moderator left.
        return await comments.UpdateAsync(edited, existing.ETag, cancellationToken);
    }

    private async Task<(StoredComment Stored, bool Created)> DecideAndStoreAsync(CommentMessage message, CancellationToken cancellationToken)
    {
        var (queued, found, decision, hasher) = await GatherAndDecideAsync(message, isEdit: false, cancellationToken);
        return await StoreAsync(queued, found, decision, hasher, cancellationToken);
    }

    private async Task<(QueuedComment Queued, DurableFindings? Found, Decision Decision, SiteHasher Hasher)> GatherAndDecideAsync(
        CommentMessage message, bool isEdit, CancellationToken cancellationToken)
    {
        var hashers = await keys.GetHashersAsync(cancellationToken);
        var current = await checkers.GetAsync(cancellationToken);
        var article = ArticleState.Of(await articles.GetAsync(message.ArticleSlug, cancellationToken));
        var queued = QueuedComment.Read(message, clock.GetUtcNow());

        // A comment that cannot be shown at all is decided without the durable checks.
        var valid = queued.Valid;
        var found = valid is not null && article.Exists && article.CommentsOpen
            ? await checks.RunAsync(queued, valid, hashers, cancellationToken)
            : null;
        if (isEdit && found is not null)
        {
            found = found with { PreviousByEmail = null, PreviousByAddress = null };
        }

        // Trust only lifts suspicion holds, so the reader's last approval is read only when being
        // trusted would decide otherwise: most comments are decided alike either way.
        var decision = Decide(queued, article, found, current);
        if (found is not null && valid is not null && current.Settings.TrustApprovedReaders
            && !SameDecision(decision, Decide(queued, article, found with { LastApproved = queued.SubmittedAt }, current)))
        {
            var lastApproved = await checks.LastApprovedAsync(valid, hashers, cancellationToken);
            found = found with { LastApproved = new[] { found.LastApproved, lastApproved }.Max() };
            decision = Decide(queued, article, found, current);
        }

        return (queued, found, decision, hashers.Current);
    }

    private static bool SameDecision(Decision a, Decision b)
        => a.Status == b.Status && a.SpamScore.Equals(b.SpamScore) && a.Reasons.SequenceEqual(b.Reasons, StringComparer.Ordinal);

    internal static Decision Decide(QueuedComment queued, ArticleState article, DurableFindings? found, CurrentChecker current)
    {
        var valid = queued.Valid;
        var parent = found is null || valid?.ParentId is null
            ? ParentState.None
            : ModerationRules.ParentStateOf(found.Parent, queued.Message.ArticleSlug);

        // Both keys are recorded even when the email's already says flood, so the next comment is
        // measured from this one; the email's reason is given first.
        var floodSeconds = current.Settings.FloodSeconds;
        var floodReason = found is null ? null
            : ModerationRules.FloodReasonFor(found.PreviousByEmail, queued.SubmittedAt, floodSeconds)
                ?? ModerationRules.FloodReasonFor(found.PreviousByAddress, queued.SubmittedAt, floodSeconds);
        var verdict = found is null || valid is null ? null
            : current.Checker.Check(
                new CommentText(valid.Author, valid.Content, valid.Website, valid.Honeypot),
                new RecentActivity(found.OtherAuthors, IsTrusted(found.LastApproved, queued.SubmittedAt, current.Settings)));
        return ModerationRules.Decide(new DecisionInput(queued.Errors, article, parent, valid?.ParentId, found?.DuplicateOf, verdict, current.Settings.Mode, floodReason, found?.Banned ?? false));
    }

    // Half a year: long enough for a regular who comments a few times a season, short enough that an
    // abandoned account bought by a spammer loses its standing.
    public static readonly TimeSpan TrustWindow = TimeSpan.FromDays(180);

    internal static bool IsTrusted(DateTimeOffset? lastApproved, DateTimeOffset submittedAt, ModerationSettings settings)
        => settings.TrustApprovedReaders && lastApproved is { } at && at >= submittedAt - TrustWindow;

    private async Task<(StoredComment Stored, bool Created)> StoreAsync(QueuedComment queued, DurableFindings? found, Decision decision, SiteHasher hasher, CancellationToken cancellationToken)
    {
        var (message, valid) = (queued.Message, queued.Valid);
        var email = valid?.Email ?? Clip(message.Email);
        var depth = valid?.ParentId is null || found is null ? 1 : (found.Parent?.Depth ?? 0) + 1;
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
            queued.IpHash,
            queued.SubmittedAt,
            decision.Status,
            decision.Reasons,
            decision.SpamScore,
            [new HistoryEntry(clock.GetUtcNow(), "moderated: " + decision.Status, HistoryEntry.SystemActor)],
            EditHash: message.EditHash is { Length: 32 } hash && hash.All(char.IsAsciiHexDigitLower) ? hash : null);

        // AddAsync returns the stored comment when a concurrent delivery of the same message won.
        return await comments.AddAsync(comment, cancellationToken);
    }

    private static string Clip(string? value) => value is null ? "" : value.Length <= MaxStoredLength ? value : value[..MaxStoredLength];
}
