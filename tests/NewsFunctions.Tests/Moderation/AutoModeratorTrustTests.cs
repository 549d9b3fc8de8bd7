using Moq;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

// Trusted readers: the approval row is read only when trust could change the decision.
public class AutoModeratorTrustTests : AutoModeratorFixture
{
    private const string PhoneNumber = "عندي صور الفيضان من الحي لمن يحتاجها للتقرير، رقمي 0551234567";

    [Theory]
    [InlineData(30, true, CommentStatuses.Approved)]
    [InlineData(30, false, CommentStatuses.Pending)]
    [InlineData(200, true, CommentStatuses.Pending)]
    [InlineData(null, true, CommentStatuses.Pending)]
    public async Task Moderate_PhoneFromAReader_IsTrustedOnlyWithARecentApprovalAndTrustOn(int? daysSinceApproval, bool trust, string status)
    {
        claims.Setup(c => c.LastApprovedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(daysSinceApproval is { } days ? clock.GetUtcNow().AddDays(-days) : null);

        var stored = await Moderator(ModerationSettings.Defaults with { TrustApprovedReaders = trust })
            .ModerateAsync(Comments.Message(content: PhoneNumber), CancellationToken.None);

        Assert.Equal(status, stored.Status);
    }

    [Fact]
    public async Task Moderate_TrustOnAndACommentTrustCannotChange_DoesNotReadTheApprovalRow()
    {
        var stored = await Moderator(ModerationSettings.Defaults with { TrustApprovedReaders = true }).ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Equal(CommentStatuses.Approved, stored.Status);
        claims.Verify(c => c.LastApprovedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_TrustOnAndAHeldPhone_ReadsTheApprovalRowOnce()
    {
        await Moderator(ModerationSettings.Defaults with { TrustApprovedReaders = true }).ModerateAsync(Comments.Message(content: PhoneNumber), CancellationToken.None);

        claims.Verify(c => c.LastApprovedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Moderate_TrustOff_DoesNotReadTheApprovalRow()
    {
        await Moderator(ModerationSettings.Defaults with { TrustApprovedReaders = false }).ModerateAsync(Comments.Message(), CancellationToken.None);

        claims.Verify(c => c.LastApprovedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
