using Moq;
using NewsFunctions.Bans;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;

namespace NewsFunctions.Tests.Moderation;

// The durable checks during a secret rotation: what is asked of the stores with and without a
// previous secret. The stores themselves are tested against Azurite.
public class DurableChecksTests
{
    private const string Campaign = "Completely agree with the writer, the council should publish the full report now";

    private static readonly SiteHasher Old = new([.. Enumerable.Repeat((byte)1, 32)]);
    private static readonly SiteHasher New = new([.. Enumerable.Repeat((byte)2, 32)]);

    private readonly Mock<IReaderClaimStore> claims = new();
    private readonly Mock<INearDuplicateStore> nearDuplicates = new();
    private readonly Mock<IBanStore> bans = new();

    public DurableChecksTests()
    {
        claims.Setup(s => s.ClaimAsReaderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, string id, DateTimeOffset _, CancellationToken _) => new ReaderClaim(id, null));
    }

    private Task<DurableFindings> RunAsync(SiteHashers hashers, CommentMessage? message = null)
    {
        var queued = QueuedComment.Read(message ?? Comments.Message(content: Campaign), DateTimeOffset.UtcNow);
        var checks = new DurableChecks(claims.Object, nearDuplicates.Object, Mock.Of<ICommentStore>(), bans.Object);
        return checks.RunAsync(queued, queued.Valid!, hashers, CancellationToken.None);
    }

    [Fact]
    public async Task Run_NoPreviousSecret_ReadsNoEarlierRowsAndLooksUpOneKeyEach()
    {
        await RunAsync(new SiteHashers(New));

        claims.Verify(c => c.ReadEarlierClaimsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        bans.Verify(b => b.IsBannedAsync(It.Is<IReadOnlyCollection<string>>(k => k.SequenceEqual(new[] { New.Avatar("ali@example.com") })),
            It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
        nearDuplicates.Verify(n => n.RecordAndCountOtherAuthorsAsync(It.IsAny<NewsFunctions.Spam.NearDuplicateSignature>(),
            It.Is<IReadOnlyList<string>>(k => k.SequenceEqual(new[] { New.Author("علي") })), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Run_PreviousSecret_FindsTheEarlierIdenticalCommentAndAsksForBothKeys()
    {
        var message = Comments.Message(content: Campaign);
        claims.Setup(c => c.ReadEarlierClaimsAsync(
                DurableChecks.ReaderKey(Old.Avatar("ali@example.com")), Old.Duplicate(message.ArticleSlug, "علي", "ali@example.com", Campaign), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new EarlierClaims("before-rotation", null, null));

        var found = await RunAsync(new SiteHashers(New, Old));

        Assert.Equal("before-rotation", found.DuplicateOf);
        claims.Verify(c => c.ClaimAsReaderAsync(DurableChecks.ReaderKey(New.Avatar("ali@example.com")), It.IsAny<string>(), message.Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
        bans.Verify(b => b.IsBannedAsync(It.Is<IReadOnlyCollection<string>>(k => k.SequenceEqual(new[] { New.Avatar("ali@example.com"), Old.Avatar("ali@example.com") })),
            It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
        nearDuplicates.Verify(n => n.RecordAndCountOtherAuthorsAsync(It.IsAny<NewsFunctions.Spam.NearDuplicateSignature>(),
            It.Is<IReadOnlyList<string>>(k => k.SequenceEqual(new[] { New.Author("علي"), Old.Author("علي") })), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Run_MessageWithThePreviousAddressHash_ReadsThatAddressesLatestAndBansByBoth()
    {
        var (current, previous) = (new string('a', 32), new string('b', 32));
        var message = Comments.Message(content: Campaign) with { IpHash = current, PreviousIpHash = previous };
        claims.Setup(c => c.ReadEarlierClaimsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(EarlierClaims.None);
        claims.Setup(c => c.ReadLatestSubmissionAsync("i" + previous, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new RecentSubmission("before-rotation", message.SubmittedAt.AddSeconds(-3)));

        var found = await RunAsync(new SiteHashers(New, Old), message);

        Assert.Equal("before-rotation", found.PreviousByAddress!.CommentId);
        claims.Verify(c => c.SwapLatestSubmissionAsync("i" + current, message.Id, message.SubmittedAt, It.IsAny<CancellationToken>()));
        bans.Verify(b => b.IsBannedAsync(It.IsAny<IReadOnlyCollection<string>>(),
            It.Is<IReadOnlyCollection<string>>(k => k.SequenceEqual(new[] { current, previous })), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
    }
}
