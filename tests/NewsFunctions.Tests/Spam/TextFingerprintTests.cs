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

    [Fact]
    public void Compute_DifferentTexts_Differ()
    {
        var first = TextFingerprint.Compute("الحقوا العرض قبل ما يخلص");

        var second = TextFingerprint.Compute("الحقوا العرض بعد ما يخلص");

        Assert.NotEqual(first, second);
    }
}
