using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class NearDuplicateSignatureTests
{
    private const string Campaign = "أقوى عروض التسويق لمتجرك الإلكتروني، نصمم لك المتجر ونطلق الإعلانات خلال أسبوع واحد فقط";

    [Fact]
    public void Compute_RewordedCopy_IsSimilarAndSharesABand()
    {
        var first = NearDuplicateSignature.Compute(Campaign)!;
        var second = NearDuplicateSignature.Compute(
            "🔥 أقوى عروض التسويق لمتجرك الإلكتروني!! نصمم لك المتجر و نطلق الاعلانات خلال اسبوع فقط 🔥")!;

        Assert.True(first.Similarity(second) >= NearDuplicateSignature.SameTextSimilarity, $"similarity {first.Similarity(second)}");
        Assert.Contains(Enumerable.Range(0, NearDuplicateSignature.Bands), b => first.BandKey(b) == second.BandKey(b));
    }

    [Fact]
    public void Compute_UnrelatedCommentOnTheSameStory_IsNotSimilar()
    {
        var first = NearDuplicateSignature.Compute(Campaign)!;
        var other = NearDuplicateSignature.Compute("التجارة الإلكترونية نمت كثيراً هذا العام لكن المتاجر الصغيرة ما زالت تعاني من كلفة الإعلانات")!;

        Assert.True(first.Similarity(other) < NearDuplicateSignature.SameTextSimilarity, $"similarity {first.Similarity(other)}");
    }

    [Fact]
    public void Compute_ShortText_HasNoSignature()
    {
        Assert.Null(NearDuplicateSignature.Compute("الله يرحمه ويغفر له"));
    }

    [Fact]
    public void ToBase64_RoundTrips()
    {
        var signature = NearDuplicateSignature.Compute(Campaign)!;

        var copy = NearDuplicateSignature.FromBase64(signature.ToBase64())!;

        Assert.Equal(1.0, signature.Similarity(copy));
        Assert.Equal(signature.BandKey(0), copy.BandKey(0));
    }

    [Fact]
    public void FromBase64_Garbage_IsNull()
    {
        Assert.Null(NearDuplicateSignature.FromBase64("not a signature"));
    }
}
