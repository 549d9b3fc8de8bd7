using Azure;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

public class StatusChangerTests
{
    private readonly Mock<ICommentStore> store = new();
    private readonly Mock<ICommentCounter> counter = new();
    private readonly Mock<NewsFunctions.Counters.IStatusCounter> statusCounter = new();
    private readonly Mock<IReaderClaimStore> claims = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T11:00:00Z"));

    private StatusChanger Moderation() => new(store.Object, counter.Object, statusCounter.Object, claims.Object, clock, NullLogger<StatusChanger>.Instance);

    private StoredComment Existing(string status = CommentStatuses.Pending)
    {
        var comment = Comments.Stored(status: status);
        store.Setup(s => s.GetAsync(comment.Id, It.IsAny<CancellationToken>())).ReturnsAsync(comment);
        store.Setup(s => s.UpdateAsync(It.IsAny<StoredComment>(), comment.ETag, It.IsAny<CancellationToken>()))
            .ReturnsAsync((StoredComment c, string _, CancellationToken _) => c with { ETag = "W/\"2\"" });
        return comment;
    }

    [Fact]
    public async Task Approve_Pending_AddsHistoryWithWhoAndWhenAndCountsIt()
    {
        var comment = Existing();

        var (outcome, saved) = await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Approved, "approve", null, "huda", CancellationToken.None);

        Assert.Equal(ChangeOutcome.Changed, outcome);
        Assert.Equal(CommentStatuses.Approved, saved!.Status);
        Assert.Equal(new HistoryEntry(clock.GetUtcNow(), "approve", "huda"), saved.History[^1]);
        Assert.Equal(2, saved.History.Count);
        counter.Verify(a => a.SetCountedAsync(Comments.Slug, comment.Id, true, It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RemoveIndexRowsAsync(comment, CommentStatuses.Pending, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Reject_Approved_UncountsItAndRemovesThePublicRows()
    {
        var comment = Existing(CommentStatuses.Approved);

        await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Rejected, "reject", null, "moderator", CancellationToken.None);

        counter.Verify(a => a.SetCountedAsync(Comments.Slug, comment.Id, false, It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RemoveIndexRowsAsync(comment, CommentStatuses.Approved, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Reject_RetriedAfterACrashThatLeftItCounted_UncountsIt()
    {
        var comment = Existing(CommentStatuses.Rejected);

        await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Rejected, "reject", null, "moderator", CancellationToken.None);

        counter.Verify(a => a.SetCountedAsync(Comments.Slug, comment.Id, false, It.IsAny<CancellationToken>()), Times.Once);
        statusCounter.Verify(c => c.SyncAsync(comment.Id, It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RemoveIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Change_StaleIfMatch_IsPreconditionFailedAndWritesNothing()
    {
        var comment = Existing();

        var (outcome, _) = await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Approved, "approve", "\"stale\"", "huda", CancellationToken.None);

        Assert.Equal(ChangeOutcome.PreconditionFailed, outcome);
        store.Verify(s => s.UpdateAsync(It.IsAny<StoredComment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        store.Verify(s => s.WriteIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Change_MatchingIfMatch_IsApplied()
    {
        var comment = Existing();
        var etag = ModeratedComment.From(comment).Etag;

        var (outcome, _) = await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Spam, "spam", etag, "huda", CancellationToken.None);

        Assert.Equal(ChangeOutcome.Changed, outcome);
    }

    [Fact]
    public async Task Change_LosingARace_IsPreconditionFailedAndTakesBackItsIndexRows()
    {
        var comment = Existing();
        var winner = comment with { Status = CommentStatuses.Rejected };
        store.Setup(s => s.UpdateAsync(It.IsAny<StoredComment>(), comment.ETag, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(412, "precondition failed"));
        store.SetupSequence(s => s.GetAsync(comment.Id, It.IsAny<CancellationToken>())).ReturnsAsync(comment).ReturnsAsync(winner);

        var (outcome, _) = await Moderation().ChangeStatusAsync(comment.Id, CommentStatuses.Approved, "approve", null, "huda", CancellationToken.None);

        Assert.Equal(ChangeOutcome.PreconditionFailed, outcome);
        store.Verify(s => s.RemoveIndexRowsAsync(It.Is<StoredComment>(c => c.Id == comment.Id), CommentStatuses.Approved, It.IsAny<CancellationToken>()), Times.Once);
        counter.Verify(a => a.SetCountedAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(CommentStatuses.Pending, ChangeOutcome.ParentNotApproved)]
    [InlineData(CommentStatuses.Spam, ChangeOutcome.ParentNotApproved)]
    [InlineData(CommentStatuses.Approved, ChangeOutcome.Changed)]
    public async Task Approve_Reply_NeedsAnApprovedParent(string parentStatus, ChangeOutcome expected)
    {
        var parent = Comments.Stored(id: "01a224a3993eacfd5cddaca10c12", status: parentStatus);
        var reply = Existing() with { ParentId = parent.Id, Depth = 2 };
        store.Setup(s => s.GetAsync(reply.Id, It.IsAny<CancellationToken>())).ReturnsAsync(reply);
        store.Setup(s => s.GetAsync(parent.Id, It.IsAny<CancellationToken>())).ReturnsAsync(parent);

        var (outcome, _) = await Moderation().ChangeStatusAsync(reply.Id, CommentStatuses.Approved, "approve", null, "huda", CancellationToken.None);

        Assert.Equal(expected, outcome);
        store.Verify(s => s.UpdateAsync(It.IsAny<StoredComment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()),
            expected == ChangeOutcome.Changed ? Times.Once() : Times.Never());
    }

    [Fact]
    public async Task Change_UnknownId_IsNotFound()
    {
        var (outcome, _) = await Moderation().ChangeStatusAsync("01a224a3993eacfd5cddaca10c12", CommentStatuses.Approved, "approve", null, "huda", CancellationToken.None);

        Assert.Equal(ChangeOutcome.NotFound, outcome);
    }
}
