using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلله", "الله")]
    public void ForMatching_AlefVariants_FoldToBareAlef(string text, string expected)
    {
        var normalized = TextNormalizer.ForMatching(text);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void ForMatching_YehAndTehMarbuta_Fold()
    {
        var normalized = TextNormalizer.ForMatching("مستشفى المدينة");

        Assert.Equal("مستشفي المدينه", normalized);
    }

    [Fact]
    public void ForMatching_DiacriticsTatweelAndQuranicMarks_AreRemoved()
    {
        var normalized = TextNormalizer.ForMatching("كَـــازِينُو ﴿رَبِّ زِدْنِي عِلْمًا﴾ ذٰلِكَ");

        Assert.Equal("كازينو ﴿رب زدني علما﴾ ذلك", normalized);
    }

    [Fact]
    public void ForMatching_ZeroWidthAndBidiControls_AreRemoved()
    {
        var normalized = TextNormalizer.ForMatching("كا\u200Bزي\u200Dنو \u202Ecasino\u202C\uFEFF");

        Assert.Equal("كازينو casino", normalized);
    }

    [Fact]
    public void ForMatching_ArabicIndicPersianAndFullWidthDigits_BecomeAscii()
    {
        var normalized = TextNormalizer.ForMatching("٠٥٥ ۱۲۳ ０９");

        Assert.Equal("055 123 09", normalized);
    }

    [Fact]
    public void ForMatching_PresentationForms_BecomePlainLetters()
    {
        var normalized = TextNormalizer.ForMatching("ﻛﺎﺯﻳﻨﻮ");

        Assert.Equal("كازينو", normalized);
    }

    [Fact]
    public void ForMatching_IsolatedHarakatForms_DoNotSplitTheWord()
    {
        var normalized = TextNormalizer.ForMatching("قم\uFE77ار");

        Assert.Equal("قمار", normalized);
    }

    [Fact]
    public void ForMatching_LatinCaseAndAccents_Fold()
    {
        var normalized = TextNormalizer.ForMatching("CÁSINO Ｖｉａｇｒａ");

        Assert.Equal("casino viagra", normalized);
    }

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

    [Fact]
    public void NeutraliseBidi_OverridesAndIsolates_AreRemovedAndMarksKept()
    {
        var neutral = TextNormalizer.NeutraliseBidi("a\u202Eonisac\u202C b\u2067c\u2069 \u200Fd");

        Assert.Equal("aonisac bc \u200Fd", neutral);
    }
}
