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

    // The superscript alef alone stays: the search form reads it as the alef it stands for.
    [Fact]
    public void ForMatching_DiacriticsTatweelAndQuranicMarks_AreRemoved()
    {
        var normalized = TextNormalizer.ForMatching("كَـــازِينُو ﴿رَبِّ زِدْنِي عِلْمًا﴾ ذٰلِكَ");

        Assert.Equal("كازينو ﴿رب زدني علما﴾ ذٰلك", normalized);
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
    public void ForMatching_ReversedByteOrderMark_IsDroppedRatherThanThrown()
    {
        var normalized = TextNormalizer.ForMatching("كازينو\uFFFE");

        Assert.Equal("كازينو", normalized);
    }

    [Fact]
    public void ForMatching_VietnameseStyleAccents_FoldToBaseLetter()
    {
        var normalized = TextNormalizer.ForMatching("cạsinộ");

        Assert.Equal("casino", normalized);
    }

    [Theory]
    [InlineData("پول", "بول")]
    [InlineData("چای", "جاي")]
    [InlineData("گزارش", "كزارش")]
    [InlineData("ژاله", "زاله")]
    [InlineData("ڤيديو", "فيديو")]
    [InlineData("ٹیکس", "تيكس")]
    [InlineData("ڈاکٹر", "داكتر")]
    [InlineData("گاڑی", "كاري")]
    [InlineData("پاکستاں", "باكستان")]
    [InlineData("ہمیشہ", "هميشه")]
    [InlineData("خەڵک", "خهلك")]
    [InlineData("ڕۆژ", "روز")]
    [InlineData("ئێمە", "ئيمه")]
    [InlineData("پښتو", "بستو")]
    [InlineData("ځای", "حاي")]
    [InlineData("ږ ډ ړ ټ ڼ څ ګ ۍ ې", "ز د ر ت ن ح ك ي ي")]
    [InlineData("ٻ ڀ ٺ ٿ ڄ ڃ ڦ ڪ", "ب ب ت ت ج ج ف ك")]
    [InlineData("ڠ ڽ ݢ ڨ ڧ ۋ ۇ ۉ", "ع ن ك ق ق و و و")]
    public void ForMatching_PersianUrduKurdishPashtoSindhiJawiLetters_FoldToBasicArabic(string text, string expected)
    {
        var normalized = TextNormalizer.ForMatching(text);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("\u0750", "ب")]
    [InlineData("\u08A0", "ب")]
    [InlineData("\u0763", "ك")]
    [InlineData("\u08BB", "ف")]
    public void ForMatching_ExtendedArabicLetterWithDots_FoldsToItsBase(string text, string expected)
    {
        var normalized = TextNormalizer.ForMatching(text);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void ForMatching_BasicArabicLetters_StayAsTheyAre()
    {
        var folded = new Dictionary<char, char> { ['آ'] = 'ا', ['أ'] = 'ا', ['إ'] = 'ا', ['ى'] = 'ي', ['ة'] = 'ه' };
        var letters = Enumerable.Range(0x0621, 0x064A - 0x0621 + 1)
            .Select(c => (char)c).Where(c => c is <= '\u063A' or >= '\u0641').ToArray();

        var normalized = letters.Select(c => TextNormalizer.ForMatching(c.ToString())).ToArray();

        Assert.Equal(letters.Select(c => folded.GetValueOrDefault(c, c).ToString()), normalized);
    }

    [Fact]
    public void ForMatching_SuperscriptAlef_IsKeptForTheSearchForm()
    {
        var normalized = TextNormalizer.ForMatching("قمٰر");

        Assert.Equal("قمٰر", normalized);
    }

    [Fact]
    public void NeutraliseBidi_OverridesAndIsolates_AreRemovedAndMarksKept()
    {
        var neutral = TextNormalizer.NeutraliseBidi("a\u202Eonisac\u202C b\u2067c\u2069 \u200Fd");

        Assert.Equal("aonisac bc \u200Fd", neutral);
    }
}
