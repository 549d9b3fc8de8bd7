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

public class AutoModeratorTests : AutoModeratorFixture
{
    [Fact]
    public async Task Moderate_CleanComment_StoresApprovedWithSystemHistoryThenIndexesAndCounts()
    {
        var stored = await Moderator().ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Equal(CommentStatuses.Approved, stored.Status);
        var entry = Assert.Single(stored.History);
        Assert.Equal(HistoryEntry.SystemActor, entry.By);
        Assert.Equal(clock.GetUtcNow(), entry.At);
        store.Verify(s => s.WriteIndexRowsAsync(It.Is<StoredComment>(c => c.Id == stored.Id), It.IsAny<CancellationToken>()), Times.Once);
        counter.Verify(a => a.SetCountedAsync(Comments.Slug, stored.Id, true, It.IsAny<CancellationToken>()), Times.Once);
        statusCounter.Verify(c => c.SyncCreatedAsync(stored.Id, CommentStatuses.Approved, It.IsAny<CancellationToken>()), Times.Once);
        statusCounter.Verify(c => c.SyncAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_Approved_RecordsTheReadersApproval()
    {
        var stored = await Moderator().ModerateAsync(Comments.Message(), CancellationToken.None);

        claims.Verify(c => c.RecordApprovedAsync(DurableChecks.ReaderKey(stored.AvatarKey), clock.GetUtcNow(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Moderate_PreMode_StoresPendingAndDoesNotCount()
    {
        var stored = await Moderator(ModerationSettings.Defaults with { Mode = ModerationModes.Pre }).ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        counter.Verify(a => a.SetCountedAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_ThreeLinks_IsHeldWithLinkReason()
    {
        var message = Comments.Message(content: "http://a.example http://b.example https://c.example");

        var stored = await Moderator().ModerateAsync(message, CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("3 links"));
    }

    [Fact]
    public async Task Moderate_BannedWord_IsSpam()
    {
        var moderator = Moderator(ModerationSettings.Defaults with { BannedWords = ["كازينو"] });

        var stored = await moderator.ModerateAsync(Comments.Message(content: "العب في كازينو الآن"), CancellationToken.None);

        Assert.Equal(CommentStatuses.Spam, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("كازينو"));
    }

    [Fact]
    public async Task Moderate_SameTextAsAnotherComment_IsRejectedAsDuplicateOfIt()
    {
        const string first = "01a224a3993eacfd5cddaca10c12";
        claims.Setup(s => s.ClaimAsReaderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ReaderClaim(first, null));

        var stored = await Moderator().ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Equal(CommentStatuses.Rejected, stored.Status);
        Assert.Equal([$"duplicate of {first}"], stored.Reasons);
        counter.Verify(a => a.SetCountedAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Moderate_RedeliveryOfStoredComment_KeepsTheStoredStatusAndFinishesIndexes()
    {
        var already = Comments.Stored(status: CommentStatuses.Approved);
        added.Add(already);

        // Settings changed since the first delivery: pre-moderation would hold a new comment.
        var stored = await Moderator(ModerationSettings.Defaults with { Mode = ModerationModes.Pre })
            .ModerateAsync(Comments.Message(id: already.Id), CancellationToken.None);

        Assert.Same(already, stored);
        Assert.Single(added);
        store.Verify(s => s.WriteIndexRowsAsync(already, It.IsAny<CancellationToken>()), Times.Once);
        counter.Verify(a => a.SetCountedAsync(Comments.Slug, already.Id, true, It.IsAny<CancellationToken>()), Times.Once);
        statusCounter.Verify(c => c.SyncAsync(already.Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Moderate_CrashAfterStoringThenRetry_ConvergesToOneComment()
    {
        // The first attempt stores the comment and dies writing the index; the retry's insert
        // conflicts (as the real store's would) and it completes the same steps with the stored one.
        store.SetupSequence(s => s.WriteIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "storage went away"))
            .Returns(Task.CompletedTask);
        var moderator = Moderator();

        await Assert.ThrowsAsync<RequestFailedException>(() => moderator.ModerateAsync(Comments.Message(), CancellationToken.None));
        var stored = await moderator.ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Single(added);
        Assert.Equal(CommentStatuses.Approved, stored.Status);
        store.Verify(s => s.WriteIndexRowsAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        // The count is written beside the index rows, so both attempts ask for it; the store counts
        // a comment once however often it is asked (ArticleCountTests).
        counter.Verify(a => a.SetCountedAsync(Comments.Slug, stored.Id, true, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Moderate_CrashAfterDuplicateClaimThenRetry_IsNotItsOwnDuplicate()
    {
        var owners = new Dictionary<string, string>();
        claims.Setup(s => s.ClaimAsReaderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string key, string id, DateTimeOffset _, CancellationToken _) => new ReaderClaim(owners.TryAdd(key, id) ? id : owners[key], null));
        store.SetupSequence(s => s.AddAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "storage went away"))
            .ReturnsAsync((Comments.Stored(status: CommentStatuses.Approved), true));
        var moderator = Moderator();

        await Assert.ThrowsAsync<RequestFailedException>(() => moderator.ModerateAsync(Comments.Message(), CancellationToken.None));
        await moderator.ModerateAsync(Comments.Message(), CancellationToken.None);

        store.Verify(s => s.AddAsync(It.Is<StoredComment>(c => c.Status == CommentStatuses.Approved), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Moderate_ReplyToPendingComment_IsHeldAtDepthTwo()
    {
        var parent = Comments.Stored(id: "01a224a3993eacfd5cddaca10c12", status: CommentStatuses.Pending);
        store.Setup(s => s.GetAsync(parent.Id, It.IsAny<CancellationToken>())).ReturnsAsync(parent);

        var stored = await Moderator().ModerateAsync(Comments.Message(parentId: parent.Id), CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        Assert.Equal(2, stored.Depth);
        Assert.Equal(parent.Id, stored.ParentId);
    }

    [Fact]
    public async Task Moderate_SameReaderWithinFloodSeconds_IsHeldWithFloodReason()
    {
        var earlier = new RecentSubmission("01a224a3993eacfd5cddaca10c12", Comments.Message().SubmittedAt.AddSeconds(-4));
        claims.Setup(s => s.ClaimAsReaderAsync(It.Is<string>(k => k.StartsWith('e')), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, string id, DateTimeOffset _, CancellationToken _) => new ReaderClaim(id, earlier));

        var stored = await Moderator().ModerateAsync(Comments.Message(), CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("flood limit is 15 s"));
    }

    [Fact]
    public async Task Moderate_SameAddressUnderAnotherEmailWithinFloodSeconds_IsHeldWithFloodReason()
    {
        const string addressHash = "0123456789abcdef0123456789abcdef";
        var earlier = new RecentSubmission("01a224a3993eacfd5cddaca10c12", Comments.Message().SubmittedAt.AddSeconds(-4));
        claims.Setup(s => s.SwapLatestSubmissionAsync("i" + addressHash, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(earlier);

        var stored = await Moderator().ModerateAsync(Comments.Message() with { IpHash = addressHash }, CancellationToken.None);

        Assert.Equal(CommentStatuses.Pending, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("flood limit is 15 s"));
    }

    [Fact]
    public async Task Moderate_InvalidMessage_IsStoredRejectedWithReasonsAndClaimsNoDuplicateKey()
    {
        var message = Comments.Message() with { Email = "not-an-email" };

        var stored = await Moderator().ModerateAsync(message, CancellationToken.None);

        Assert.Equal(CommentStatuses.Rejected, stored.Status);
        Assert.Contains(stored.Reasons, r => r.Contains("email"));
        claims.Verify(s => s.ClaimAsReaderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"v\": 2, \"id\": \"01a224a3b5bb91d979d4baf1be35\", \"articleSlug\": \"news-1\"}")]
    [InlineData("{\"v\": 1, \"id\": \"x'\", \"articleSlug\": \"news-1\"}")]
    [InlineData("{\"v\": 1, \"id\": \"01a224a3b5bb91d979d4baf1be35\", \"articleSlug\": \"a/b\"}")]
    [InlineData("[]")]
    public void Parse_UnreadableMessage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => CommentMessages.Parse(text));
    }

    [Fact]
    public void Parse_SerializedMessage_RoundTrips()
    {
        var message = Comments.Message(parentId: "01a224a3993eacfd5cddaca10c12");

        Assert.Equal(message, CommentMessages.Parse(CommentMessages.Serialize(message)));
    }
}
