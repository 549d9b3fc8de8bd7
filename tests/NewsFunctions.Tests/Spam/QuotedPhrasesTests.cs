using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class QuotedPhrasesTests
{
    [Theory]
    [InlineData("they said \"free money\" again", "\"free money\"")]
    [InlineData("عرض «اربح الآن» كان فخا", "«اربح الآن»")]
    [InlineData("“one” and “two”", "“one”", "“two”")]
    public void Find_ShortQuotations_BecomeSpacesAndAreListed(string text, params string[] quotations)
    {
        var expected = quotations.Aggregate(text, (t, q) => t.Replace(q, new string(' ', q.Length), StringComparison.Ordinal));

        var quoted = QuotedPhrases.Find(text);

        Assert.Equal(expected, quoted!.Outside);
        Assert.Equal(quotations.Select(q => q[1..^1]), quoted.Inside);
    }

    [Theory]
    [InlineData("no quotes here")]
    [InlineData("a stray \" mark")]
    public void Find_NoQuotation_IsNull(string text)
    {
        Assert.Null(QuotedPhrases.Find(text));
    }

    [Fact]
    public void Find_QuotationLongerThanAPhrase_IsKept()
    {
        var text = $"\"{new string('x', 81)}\"";

        Assert.Null(QuotedPhrases.Find(text));
    }
}
