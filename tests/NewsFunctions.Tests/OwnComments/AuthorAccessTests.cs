using NewsFunctions.Comments;
using NewsFunctions.OwnComments;
using TestComments = NewsFunctions.Tests.Moderation.Comments;

namespace NewsFunctions.Tests.OwnComments;

public class AuthorAccessTests
{
    private static readonly SiteHasher Old = new(new byte[32]);
    private static readonly SiteHashers Hasher = new(Old);
    private static readonly string Token = EditTokens.New();
    private static readonly DateTimeOffset Posted = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private static StoredComment Mine(string status = CommentStatuses.Approved, int reports = 0)
        => TestComments.Stored(status: status) with { EditHash = Old.EditToken(Token), ReportCount = reports };

    [Fact]
    public void Check_RightTokenInsideTheWindow_IsAllowed()
    {
        var outcome = AuthorAccess.Check(Mine(), TestComments.Slug, Token, Hasher, Posted.AddSeconds(900), 900, forEdit: true);

        Assert.Equal(AuthorAccessOutcome.Allowed, outcome);
    }

    [Fact]
    public void Check_OneSecondAfterTheWindow_IsWindowOver()
    {
        var outcome = AuthorAccess.Check(Mine(), TestComments.Slug, Token, Hasher, Posted.AddSeconds(901), 900, forEdit: false);

        Assert.Equal(AuthorAccessOutcome.WindowOver, outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Check_WrongOrMissingToken_IsWrongToken(string token)
    {
        var outcome = AuthorAccess.Check(Mine(), TestComments.Slug, token, Hasher, Posted, 900, forEdit: true);

        Assert.Equal(AuthorAccessOutcome.WrongToken, outcome);
    }

    [Fact]
    public void Check_CommentWithoutAStoredHash_IsWrongTokenWhateverIsSent()
    {
        var outcome = AuthorAccess.Check(Mine() with { EditHash = null }, TestComments.Slug, Token, Hasher, Posted, 900, forEdit: true);

        Assert.Equal(AuthorAccessOutcome.WrongToken, outcome);
    }

    [Fact]
    public void Check_AnotherArticlesSlugOrAWithdrawnComment_IsNotFound()
    {
        Assert.Equal(AuthorAccessOutcome.NotFound, AuthorAccess.Check(Mine(), "other-article", Token, Hasher, Posted, 900, forEdit: true));
        Assert.Equal(AuthorAccessOutcome.NotFound, AuthorAccess.Check(Mine(CommentStatuses.Deleted), TestComments.Slug, Token, Hasher, Posted, 900, forEdit: false));
        Assert.Equal(AuthorAccessOutcome.NotFound, AuthorAccess.Check(null, TestComments.Slug, Token, Hasher, Posted, 900, forEdit: false));
    }

    [Theory]
    [InlineData(CommentStatuses.Spam, 0)]
    [InlineData(CommentStatuses.Rejected, 0)]
    [InlineData(CommentStatuses.Pending, 3)]
    public void Check_SpamRejectedOrReported_CannotBeEditedButCanBeWithdrawn(string status, int reports)
    {
        var comment = Mine(status, reports);

        Assert.Equal(AuthorAccessOutcome.NotEditable, AuthorAccess.Check(comment, TestComments.Slug, Token, Hasher, Posted, 900, forEdit: true));
        Assert.Equal(AuthorAccessOutcome.Allowed, AuthorAccess.Check(comment, TestComments.Slug, Token, Hasher, Posted, 900, forEdit: false));
    }

    [Fact]
    public void Check_TokenIssuedBeforeARotation_IsAllowedWhileThePreviousSecretIsSet()
    {
        var rotated = new SiteHashers(new SiteHasher([.. Enumerable.Repeat((byte)7, 32)]), previous: Old);
        var afterRotation = new SiteHashers(rotated.Current);

        var during = AuthorAccess.Check(Mine(), TestComments.Slug, Token, rotated, Posted, 900, forEdit: true);
        var after = AuthorAccess.Check(Mine(), TestComments.Slug, Token, afterRotation, Posted, 900, forEdit: true);

        Assert.Equal(AuthorAccessOutcome.Allowed, during);
        Assert.Equal(AuthorAccessOutcome.WrongToken, after);
    }
}
