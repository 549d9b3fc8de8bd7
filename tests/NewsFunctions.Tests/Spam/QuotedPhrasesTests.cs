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

    [Fact]
    public void Unquoted_CutsEachQuotationToOneSpace()
    {
        var quoted = QuotedPhrases.Find("they said \"free money\" and «win now» again");

        Assert.Equal("they said and again", quoted!.Unquoted());
    }

    // The model reads the reader's own words: a quoted scam would score as the scam does.
    [Theory]
    [InlineData("كل يوم توصلني رسالة \"قروض فورية بدون كفيل وبدون تحويل راتب، تواصل معنا الآن\" وما أحد يوقفهم")]
    [InlineData("My inbox is full of \"guaranteed daily profit, join our VIP signals group now\" messages and nobody blocks them")]
    public void Check_ReaderQuotingAScam_IsNotHeldByTheModel(string content)
    {
        var checker = new SpamChecker(new SpamRules(2, [], []), SpamModel.Default);

        Assert.True(SpamModel.Default.LogOdds(content) >= SpamModel.Default.HoldLogOdds, "the quotation alone would hold it");
        Assert.Equal(SpamLevel.Clean, checker.Check(new CommentText("قارئ", content, null, null)).Level);
    }
}
