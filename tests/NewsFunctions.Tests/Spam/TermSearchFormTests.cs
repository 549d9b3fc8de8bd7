using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// TextNormalizer.ForTermSearch: the evasions the search form undoes on top of ForMatching.
public class TermSearchFormTests
{
    [Fact]
    public void ForTermSearch_CyrillicLookalikesInLatinWord_MapToLatin()
    {
        var search = TextNormalizer.ForTermSearch("саsіno");

        Assert.Equal("casino", search);
    }

    [Fact]
    public void ForTermSearch_ArabicLetters_NeverGetConfusableSkeletons()
    {
        var search = TextNormalizer.ForTermSearch("اهلا");

        Assert.Equal("اهلا", search);
    }

    [Theory]
    [InlineData("ك ا ز ي ن و", "كازينو")]
    [InlineData("c.a.s.i.n.o", "casino")]
    [InlineData("كا ز ي نو", "كازينو")]
    public void ForTermSearch_SpacedOutLetters_AreJoined(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Fact]
    public void ForTermSearch_SpacedLettersAfterAWord_AreJoinedWithoutTheWord()
    {
        var search = TextNormalizer.ForTermSearch("abc d e f g");

        Assert.Equal("abc defg", search);
    }

    [Fact]
    public void ForTermSearch_RepeatedLetters_AreSqueezed()
    {
        var search = TextNormalizer.ForTermSearch("كااااازينووو caaasino");

        Assert.Equal("كازينو casino", search);
    }

    [Fact]
    public void ForTermSearch_DigitsInsideLatinWords_ReadAsLetters()
    {
        var search = TextNormalizer.ForTermSearch("v1agra in 2024");

        Assert.Equal("viagra in 2024", search);
    }

    [Theory]
    [InlineData("قمٰر", "قمار")]
    [InlineData("هَٰذَا", "هاذا")]
    [InlineData("الرَّحْمَٰنِ", "الرحمان")]
    public void ForTermSearch_SuperscriptAlefBetweenLetters_ReadsAsAlef(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Theory]
    [InlineData("عَلَىٰ", "علي")]
    [InlineData("ٰقمر", "قمر")]
    public void ForTermSearch_SuperscriptAlefNotBetweenLetters_IsDropped(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Theory]
    [InlineData("ᴄasɪno", "casino")]
    [InlineData("νiαgrα", "viagra")]
    [InlineData("МОNЕY", "money")]
    [InlineData("ВООК", "bok")]
    [InlineData("ℂ𝐚𝐬𝐢𝐧𝐨", "casino")]
    [InlineData("𐌂asino", "casino")]
    [InlineData("casino𐌂 casino", "casinoc casino")]
    public void ForTermSearch_LookalikesFromUnicodeData_MapToLatin(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Theory]
    [InlineData("København złoty", "kobenhavn zloty")]
    [InlineData("Łódź", "lodz")]
    public void ForTermSearch_LettersOfLatinScriptLanguages_FoldToBaseLetter(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Theory]
    [InlineData("c@s!no", "casino")]
    [InlineData("v!agra", "viagra")]
    [InlineData("c|alis", "cialis")]
    [InlineData(@"\/egas", "vegas")]
    [InlineData(@"\/\/inner", "winer")]
    [InlineData("se><y", "sexy")]
    [InlineData("bit(oin", "bitcoin")]
    [InlineData("€asy m0ney", "easy money")]
    [InlineData("!nvest", "invest")]
    [InlineData("|<ing", "king")]
    [InlineData("¢heap", "cheap")]
    public void ForTermSearch_SymbolsInsideOrStartingLatinWords_ReadAsLetters(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    // Runs of one character are squeezed like any other, so "!!!" comes out as "!".
    [Theory]
    [InlineData("wow!", "wow!")]
    [InlineData("great!!!", "great!")]
    [InlineData("yes! really?", "yes! realy?")]
    [InlineData("a|b", "a|b")]
    [InlineData("and/or", "and/or")]
    [InlineData("(casino)", "(casino)")]
    [InlineData("f(x) = 2", "f(x) = 2")]
    [InlineData("x > y < z", "x > y < z")]
    [InlineData("21st century", "21st century")]
    [InlineData("€25 or £5", "€25 or £5")]
    [InlineData("رائع! (جدا)", "رائع! (جدا)")]
    public void ForTermSearch_OrdinaryPunctuation_StaysPunctuation(string text, string expected)
    {
        var search = TextNormalizer.ForTermSearch(text);

        Assert.Equal(expected, search);
    }

    [Fact]
    public void ForTermSearch_ArabicWordNextToSymbols_KeepsItsLetters()
    {
        var search = TextNormalizer.ForTermSearch("اهلا! ه|ا");

        Assert.Equal("اهلا! ه|ا", search);
    }
}
