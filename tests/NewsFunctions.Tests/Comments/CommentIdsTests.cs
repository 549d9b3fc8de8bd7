using NewsFunctions.Comments;

namespace NewsFunctions.Tests.Comments;

public class CommentIdsTests
{
    [Fact]
    public void New_IsValidLowercaseHexOfFixedLength()
    {
        var id = CommentIds.New(DateTimeOffset.UtcNow);

        Assert.Equal(CommentIds.Length, id.Length);
        Assert.True(CommentIds.IsValid(id));
        Assert.Matches("^[0-9a-f]+$", id);
    }

    [Fact]
    public void New_LaterTime_SortsAfterEarlierOrdinally()
    {
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 50).Select(i => CommentIds.New(start.AddMilliseconds(i * 7))).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void New_SameMillisecond_GivesDifferentIds()
    {
        var now = DateTimeOffset.UtcNow;

        var ids = Enumerable.Range(0, 1000).Select(_ => CommentIds.New(now)).ToHashSet();

        Assert.Equal(1000, ids.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01a224a3b5bb91d979d4baf1be3")]
    [InlineData("01a224a3b5bb91d979d4baf1be35a")]
    [InlineData("01a224a3b5bb91d979d4baf1be/5")]
    [InlineData("01a224a3b5bb91d979d4baf1be\u00015")]
    public void IsValid_NotAnId_IsFalse(string? id)
    {
        Assert.False(CommentIds.IsValid(id));
    }
}
