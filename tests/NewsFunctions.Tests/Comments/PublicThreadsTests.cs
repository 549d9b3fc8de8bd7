using NewsFunctions.Comments;
using Link = NewsFunctions.Comments.PublicThreads.Link;

namespace NewsFunctions.Tests.Comments;

public class PublicThreadsTests
{
    [Fact]
    public void IsVisible_ReplyUnderApprovedParents_IsVisible()
    {
        var known = new Dictionary<string, Link> { ["a"] = new(CommentStatuses.Approved, null), ["b"] = new(CommentStatuses.Approved, "a") };

        Assert.True(PublicThreads.IsVisible("b", known));
    }

    [Theory]
    [InlineData(CommentStatuses.Rejected)]
    [InlineData(CommentStatuses.Spam)]
    [InlineData(CommentStatuses.Deleted)]
    [InlineData(CommentStatuses.Pending)]
    public void IsVisible_ReplyWhoseGrandparentIsRemoved_IsHiddenWithIt(string status)
    {
        var known = new Dictionary<string, Link>
        {
            ["a"] = new(status, null),
            ["b"] = new(CommentStatuses.Approved, "a"),
            ["c"] = new(CommentStatuses.Approved, "b"),
        };

        Assert.False(PublicThreads.IsVisible("a", known));
        Assert.False(PublicThreads.IsVisible("b", known));
        Assert.False(PublicThreads.IsVisible("c", known));
    }

    [Fact]
    public void IsVisible_ParentNeverRead_IsHidden()
    {
        Assert.False(PublicThreads.IsVisible("b", new Dictionary<string, Link> { ["b"] = new(CommentStatuses.Approved, "a") }));
    }

    [Fact]
    public void Unknown_NamesOnlyTheAncestorsStillToRead()
    {
        var known = new Dictionary<string, Link>
        {
            ["c"] = new(CommentStatuses.Approved, "b"),
            ["b"] = new(CommentStatuses.Approved, "a"),
            ["x"] = new(CommentStatuses.Rejected, "y"),
            ["t"] = new(CommentStatuses.Approved, null),
        };

        Assert.Equal(["a"], PublicThreads.Unknown(["c", "x", "t"], known));
    }
}
