using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class QuotedPhrasesTests
{
    [Theory]
    [InlineData("they said \"free money\" again", "\"free money\"")]
    [InlineData("عرض «اربح الآن» كان فخا", "«اربح الآن»")]
    [InlineData("“one” and “two”", "“one”", "“two”")]
    public void Blank_ShortQuotations_BecomeSpaces(string text, params string[] quotations)
    {
        var expected = quotations.Aggregate(text, (t, q) => t.Replace(q, new string(' ', q.Length), StringComparison.Ordinal));

        Assert.Equal(expected, QuotedPhrases.Blank(text));
    }

    [Theory]
    [InlineData("no quotes here")]
    [InlineData("a stray \" mark")]
    public void Blank_NoQuotation_IsNull(string text)
    {
        Assert.Null(QuotedPhrases.Blank(text));
    }

    [Fact]
    public void Blank_QuotationLongerThanAPhrase_IsKept()
    {
        var text = $"\"{new string('x', 81)}\"";

        Assert.Null(QuotedPhrases.Blank(text));
    }
}
