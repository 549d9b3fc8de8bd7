using NewsFunctions.Spam;
using static NewsFunctions.Tests.Spam.SampleSpamChecker;

namespace NewsFunctions.Tests.Spam;

public class SpamCheckerLetterTests
{
    [Fact]
    public void Check_CyrillicLookalikesInLatinWord_IsSpam()
    {
        var verdict = Check("Best online саsіnо bonus");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: casino", verdict.Reasons);
    }

    [Fact]
    public void Check_MixedScriptWordWithoutListedTerm_IsHeld()
    {
        var verdict = Check("Get frее mоney today");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
    }

    [Fact]
    public void Check_MixedScriptWord_IsNamedInTheReason()
    {
        var verdict = Check("Get ᴄheap! meds today");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.EndsWith(": ᴄheap", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LettersOfEuropeanLanguages_AreNoMixedScriptSignal()
    {
        var verdict = Check("I lived in København and in Łódź, and paid in złoty");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
    }

    [Theory]
    [InlineData("Best c@s!no bonus", "casino")]
    [InlineData(@"cheap \/iagra here", "viagra")]
    [InlineData(@"\/egas style c4sino", "casino")]
    public void Check_BannedWordSpeltWithSymbols_IsSpam(string content, string term)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains($"banned word: {term}", verdict.Reasons);
    }

    [Fact]
    public void Check_ExclamationMarksAfterEnglishWords_StayPunctuation()
    {
        var verdict = Check("wow! great!!!! thanks for the report");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Contains("punctuation repeated (!!!!)", verdict.Reasons);
    }

    [Fact]
    public void Check_PersianSpellingOfBannedWord_IsSpam()
    {
        var checker = new SpamChecker(new SpamRules(2, ["بوكر"], []));

        var verdict = checker.Check(new CommentText("سارة", "بازی پوکر آنلاین", null, null));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: بوكر", verdict.Reasons);
    }

    [Theory]
    [InlineData("این گزارش خیلی خوب بود، ممنون از زحمات شما و تیم خبری")]
    [InlineData("یہ خبر بہت اہم ہے، شکریہ")]
    [InlineData("سوپاس بۆ ئەم ڕاپۆرتە، زۆر باش بوو")]
    public void Check_PersianUrduAndKurdishReadersComments_AreClean(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Check_SuperscriptAlefStandingForAlef_IsSpam()
    {
        var verdict = Check("تعال العب قمٰر واربح");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: قمار", verdict.Reasons);
    }

    // The superscript alef reads as an alef in the search form, which honest Quranic quotations
    // use too; they must still raise nothing, with the default model as in production.
    [Fact]
    public void Check_QuranicPhrasesWithSuperscriptAlef_GetNoSignal()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []), SpamModel.Default);

        var verdict = checker.Check(new CommentText("سارة",
            "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ، ذَٰلِكَ الْكِتَابُ لَا رَيْبَ فِيهِ، هَٰذَا مِن فَضْلِ رَبِّي. رحم الله الفقيد", null, null));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
    }
}
