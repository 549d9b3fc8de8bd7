using NewsFunctions.Moderation;

namespace NewsFunctions.Tests.Moderation;

public class EarlierClaimsTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-03T10:00:00Z");

    private static readonly DurableFindings Nothing = new(null, null, null, null, 0);

    [Fact]
    public void AddTo_LatestSubmissionBeforeTheRotation_IsTheReadersPrevious()
    {
        var earlier = new EarlierClaims(null, new RecentSubmission("old", At.AddSeconds(-5)), null);

        var found = earlier.AddTo(Nothing with { PreviousByEmail = new RecentSubmission("older", At.AddMinutes(-5)) }, "c1", At);

        Assert.Equal("old", found.PreviousByEmail!.CommentId);
    }

    [Fact]
    public void AddTo_AddressesLatestSubmissionBeforeTheRotation_IsTheAddressesPrevious()
    {
        var earlier = EarlierClaims.None with { LatestByAddress = new RecentSubmission("old", At.AddSeconds(-5)) };

        var found = earlier.AddTo(Nothing, "c1", At);

        Assert.Equal("old", found.PreviousByAddress!.CommentId);
        Assert.Null(found.PreviousByEmail);
    }

    [Fact]
    public void AddTo_EarlierRowsNamingThisCommentOrLaterOnes_AreLeftOut()
    {
        var own = new EarlierClaims("c1", new RecentSubmission("c1", At), null);
        var later = new EarlierClaims(null, new RecentSubmission("later", At.AddSeconds(1)), null);

        Assert.Equal(Nothing, own.AddTo(Nothing, "c1", At));
        Assert.Equal(Nothing, later.AddTo(Nothing, "c1", At));
    }

    [Fact]
    public void AddTo_DuplicateUnderEitherSecret_IsADuplicateAndTheCurrentOneNamedFirst()
    {
        var earlier = new EarlierClaims("old", null, null);

        Assert.Equal("old", earlier.AddTo(Nothing, "c1", At).DuplicateOf);
        Assert.Equal("current", earlier.AddTo(Nothing with { DuplicateOf = "current" }, "c1", At).DuplicateOf);
    }

    [Fact]
    public void AddTo_ApprovalBeforeTheRotation_CountsOnlyWhenTrustIsAsked()
    {
        var earlier = new EarlierClaims(null, null, At.AddDays(-3));

        Assert.Equal(At.AddDays(-3), earlier.AddTo(Nothing, "c1", At).LastApproved);
        Assert.Equal(At.AddDays(-1), earlier.AddTo(Nothing with { LastApproved = At.AddDays(-1) }, "c1", At).LastApproved);
    }
}
