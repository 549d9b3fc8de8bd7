using NewsFunctions.Articles;

namespace NewsFunctions.Tests.Articles;

public class SlugsTests
{
    [Theory]
    [InlineData("city-council-2026")]
    [InlineData("مشروع-تحلية-المياه")]
    [InlineData("a")]
    public void IsValid_AllowedCharacters_IsTrue(string slug)
    {
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Upper")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a'b")]
    [InlineData("a\u0000b")]
    [InlineData("a\u200Bb")]
    [InlineData("مَقال")]
    [InlineData("١٢٣")]
    public void IsValid_ForbiddenCharacters_IsFalse(string? slug)
    {
        Assert.False(Slugs.IsValid(slug));
    }

    [Fact]
    public void IsValid_LengthLimit_Is120()
    {
        Assert.True(Slugs.IsValid(new string('a', 120)));
        Assert.False(Slugs.IsValid(new string('a', 121)));
    }
}
