using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

public class AutoModeratorEditTests : AutoModeratorFixture
{
    private StoredComment StoredForEdit(string status = CommentStatuses.Approved, DateTimeOffset? editedAt = null)
    {
        var comment = Comments.Stored(status: status) with { EditedAt = editedAt };
        store.Setup(s => s.GetAsync(comment.Id, It.IsAny<CancellationToken>())).ReturnsAsync(comment);
        store.Setup(s => s.UpdateAsync(It.IsAny<StoredComment>(), comment.ETag, It.IsAny<CancellationToken>()))
            .ReturnsAsync((StoredComment c, string _, CancellationToken _) => c with { ETag = "W/\"2\"" });
        return comment;
    }

    private CommentMessage Edit(string content, DateTimeOffset editedAt) => Comments.Message(content: content) with { EditedAt = editedAt };

    [Fact]
    public async Task ApplyEdit_SpammyText_IsSpamLeavesThePublicListingAndIsInTheHistory()
    {
        var comment = StoredForEdit();

        var saved = await Moderator(ModerationSettings.Defaults with { BannedWords = ["كازينو"] })
            .ApplyEditAsync(Edit("العب في كازينو الآن", clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(CommentStatuses.Spam, saved!.Status);
        Assert.Equal("العب في كازينو الآن", saved.Content);
        Assert.Equal("edited; moderated: spam", saved.History[^1].Action);
        store.Verify(s => s.ReplaceIndexRowsAsync(It.Is<StoredComment>(c => c.Status == CommentStatuses.Spam), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.RemoveIndexRowsAsync(comment, CommentStatuses.Approved, It.IsAny<CancellationToken>()), Times.Once);
        counter.Verify(a => a.SetCountedAsync(Comments.Slug, comment.Id, false, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ApplyEdit_CleanTextRightAfterTheComment_IsApprovedWithoutAFloodHold()
    {
        StoredForEdit();
        claims.Setup(c => c.SwapLatestSubmissionAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new RecentSubmission("01a224a3b5bb91d979d4baf1be00", clock.GetUtcNow().AddSeconds(-1)));

        var saved = await Moderator().ApplyEditAsync(Edit("نص مصحح", clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(CommentStatuses.Approved, saved!.Status);
        store.Verify(s => s.RemoveIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(CommentStatuses.Deleted, null)]
    [InlineData(CommentStatuses.Approved, 60)]
    public async Task ApplyEdit_OfAWithdrawnCommentOrOvertakenByALaterEdit_ChangesNothing(string status, int? laterEditSeconds)
    {
        StoredForEdit(status, laterEditSeconds is { } s ? clock.GetUtcNow().AddSeconds(s) : null);

        await Moderator().ApplyEditAsync(Edit("نص قديم", clock.GetUtcNow()), CancellationToken.None);

        store.Verify(s => s.UpdateAsync(It.IsAny<StoredComment>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        store.Verify(s => s.ReplaceIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_NewComment_KeepsOnlyTheTokensHash()
    {
        var hash = new string('a', 32);

        var stored = await Moderator().ModerateAsync(Comments.Message() with { EditHash = hash }, CancellationToken.None);

        Assert.Equal(hash, stored.EditHash);
    }
}
