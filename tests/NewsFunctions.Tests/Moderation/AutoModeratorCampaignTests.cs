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

public class AutoModeratorCampaignTests : AutoModeratorFixture
{
    private const string Campaign = "Completely agree with the writer, the council should publish the full report now";

    private static bool IsCampaign(NearDuplicateSignature signature) => signature.Similarity(NearDuplicateSignature.Compute(Campaign)!) == 1;

    private void OtherAuthorsPostedTheSameText(int count)
        => nearDuplicates.Setup(n => n.RecordAndCountOtherAuthorsAsync(
                It.Is<NearDuplicateSignature>(n => IsCampaign(n)), It.IsAny<IReadOnlyList<string>>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(count);

    [Theory]
    [InlineData(2, CommentStatuses.Spam, "under 2 other names")]
    [InlineData(1, CommentStatuses.Pending, "under another name")]
    [InlineData(0, CommentStatuses.Approved, null)]
    public async Task Moderate_SameTextUnderOtherNames_HoldsOnOneAndMarksSpamFromTwo(int otherNames, string status, string? reason)
    {
        OtherAuthorsPostedTheSameText(otherNames);

        var stored = await Moderator().ModerateAsync(Comments.Message(content: Campaign), CancellationToken.None);

        Assert.Equal(status, stored.Status);
        if (reason is null)
        {
            Assert.DoesNotContain(stored.Reasons, r => r.Contains("name"));
        }
        else
        {
            Assert.Contains(stored.Reasons, r => r.Contains(reason));
        }
    }

    [Fact]
    public async Task Moderate_RecordsTheFingerprintUnderAKeyedAuthorAtSubmissionTimeWithinADay()
    {
        var message = Comments.Message(content: Campaign);

        await Moderator().ModerateAsync(message, CancellationToken.None);

        nearDuplicates.Verify(n => n.RecordAndCountOtherAuthorsAsync(
            It.Is<NearDuplicateSignature>(n => IsCampaign(n)),
            It.Is<IReadOnlyList<string>>(k => k.Count == 1 && k[0].Length == 32 && !k[0].Contains("ali")),
            message.SubmittedAt,
            TimeSpan.FromHours(24),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Moderate_ShortText_RecordsNoFingerprint()
    {
        await Moderator().ModerateAsync(Comments.Message(content: "الله يرحمه ويغفر له"), CancellationToken.None);

        nearDuplicates.Verify(n => n.RecordAndCountOtherAuthorsAsync(
            It.IsAny<NearDuplicateSignature>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_InvalidMessage_RecordsNoFingerprint()
    {
        await Moderator().ModerateAsync(Comments.Message(content: Campaign) with { Email = "not-an-email" }, CancellationToken.None);

        nearDuplicates.Verify(n => n.RecordAndCountOtherAuthorsAsync(
            It.IsAny<NearDuplicateSignature>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_RetrainedModelReadsItAsSpam_HoldsButNeverMarksSpam()
    {
        // The embedded model does not hold this text; a model trained on it as spam must.
        var text = "the quarterly figures beat every forecast this spring";
        Assert.Equal(CommentStatuses.Approved, (await Moderator().ModerateAsync(Comments.Message(content: text), CancellationToken.None)).Status);
        var retrained = SpamModel.Train(Enumerable.Repeat((text, true), 50).Append(("a thoughtful piece on the election", false)));
        models.Setup(m => m.GetVersionAsync(It.IsAny<CancellationToken>())).ReturnsAsync("m2");
        models.Setup(m => m.GetAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((retrained, new SpamModelInfo("m2", clock.GetUtcNow(), SpamModelSources.Retrained, new TrainingCounts(1, 50, 51))));

        var stored = await Moderator().ModerateAsync(Comments.Message(id: "01a224a3b5bb91d979d4baf1be36", content: text), CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("model"));
    }
}
