using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class TextFingerprintTests
{
    [Fact]
    public void Compute_VariantsOfOneText_AreEqual()
    {
        var original = TextFingerprint.Compute("الحقوا العرض قبل ما يخلص، الكمية محدودة");

        var varied = TextFingerprint.Compute("الحقوا العَرض قبل ما يخلص الكمية مـحـدودة!! 🔥\u200B");

        Assert.Equal(original, varied);
    }

    // The search form reads a superscript alef between letters as the alef it stands for, and the
    // fingerprint's letters come from the search form.
    [Fact]
    public void Compute_SuperscriptAlefBetweenLetters_EqualsTheFullAlef()
    {
        var superscript = TextFingerprint.Compute("العب قمٰر اون لاين واربح كل يوم معنا الآن");

        var full = TextFingerprint.Compute("العب قمار اون لاين واربح كل يوم معنا الآن");

        Assert.Equal(full, superscript);
    }

    [Fact]
    public void Compute_DifferentTexts_Differ()
    {
        var first = TextFingerprint.Compute("الحقوا العرض قبل ما يخلص");

        var second = TextFingerprint.Compute("الحقوا العرض بعد ما يخلص");

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("تعليق رقم 11 على المقال الأول", "تعليق رقم 1 على المقال الأول")]
    [InlineData("Comment 10000011 of the run", "Comment 10000001 of the run")]
    [InlineData("الفائزون 1 2 3 في المسابقة", "الفائزون 123 في المسابقة")]
    public void Compute_TextsThatDifferOnlyInTheirNumbers_Differ(string first, string second)
    {
        Assert.NotEqual(TextFingerprint.Compute(first), TextFingerprint.Compute(second));
    }

    [Fact]
    public void Compute_SameNumberInArabicIndicDigits_IsEqual()
    {
        var western = TextFingerprint.Compute("اتصل الآن على 0501234567 للحصول على العرض");

        var arabicIndic = TextFingerprint.Compute("اتصل الآن على ٠٥٠١٢٣٤٥٦٧ للحصول على العرض");

        Assert.Equal(western, arabicIndic);
    }
}
