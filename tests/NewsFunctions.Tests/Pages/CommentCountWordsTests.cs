using NewsFunctions.Pages;

namespace NewsFunctions.Tests.Pages;

public class CommentCountWordsTests
{
    [Theory]
    [InlineData(0, "لا تعليقات")]
    [InlineData(1, "تعليق واحد")]
    [InlineData(2, "تعليقان")]
    [InlineData(3, "3 تعليقات")]
    [InlineData(10, "10 تعليقات")]
    [InlineData(11, "11 تعليقاً")]
    [InlineData(12, "12 تعليقاً")]
    [InlineData(99, "99 تعليقاً")]
    [InlineData(100, "100 تعليق")]
    [InlineData(102, "102 تعليق")]
    [InlineData(103, "103 تعليقات")]
    [InlineData(111, "111 تعليقاً")]
    public void Arabic_PicksTheNounByTheCldrCategoryOfTheNumber(int n, string expected)
    {
        Assert.Equal(expected, CommentCountWords.Arabic(n));
    }

    [Fact]
    public void English_SingularOnlyForOne()
    {
        Assert.Equal("1 comment", CommentCountWords.English(1));
        Assert.Equal("0 comments", CommentCountWords.English(0));
    }
}
