using Azure.Data.Tables;
using NewsFunctions.Comments;
using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public class InsertBatcherRoundTests
{
    private static TableEntity Row(string rowKey, string content = "") => new("p", rowKey) { ["Content"] = content };

    [Fact]
    public void RoundSize_SmallRows_TakesUpToAHundred()
    {
        var waiting = Enumerable.Range(0, 150).Select(i => Row($"r{i}")).ToList();

        Assert.Equal(100, InsertBatcher.RoundSize(waiting));
    }

    [Fact]
    public void RoundSize_SameRowAgain_StopsBeforeIt()
    {
        var waiting = new[] { Row("a"), Row("b"), Row("a"), Row("c") };

        Assert.Equal(2, InsertBatcher.RoundSize(waiting));
    }

    [Fact]
    public void RoundSize_LongestArabicComments_StaysWithinTheFourMebibytesATransactionHolds()
    {
        var longest = string.Concat(Enumerable.Repeat("تعليق طويل ", CommentValidator.MaxContentLength / 11 + 1))[..CommentValidator.MaxContentLength];
        var waiting = Enumerable.Range(0, 100).Select(i => Row($"r{i}", longest)).ToList();

        var size = InsertBatcher.RoundSize(waiting);

        // Every character written as \uXXXX: six bytes.
        Assert.InRange(size, 2, 99);
        Assert.True(size * (6L * CommentValidator.MaxContentLength) < 4 * 1024 * 1024);
    }

    [Fact]
    public void RoundSize_OneRowAlone_IsAlwaysTaken()
    {
        var waiting = new[] { Row("a", new string('x', 500_000)) };

        Assert.Equal(1, InsertBatcher.RoundSize(waiting));
    }
}
