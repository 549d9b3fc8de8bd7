using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class CouponCodeTests
{
    [Theory]
    [InlineData("الأسعار نار، استخدموا كود الخصم: TAMR15 على أي طلب", "TAMR15")]
    [InlineData("use my promo code at checkout KAREEM40 for a free ride", "KAREEM40")]
    [InlineData("kod? el code huwa ZAIN5", "ZAIN5")]
    public void Find_CodeAfterTheWordThatIntroducesIt_IsFound(string content, string code)
    {
        Assert.Equal(code, CouponCodes.Find(content));
    }

    [Theory]
    [InlineData("فيروس COVID19 ما زال ينتشر في بعض المدن")]
    [InlineData("تأخرت الرحلة MS985 ثلاث ساعات")]
    [InlineData("the code of conduct was updated in 2024")]
    [InlineData("كود الدولة 966 ثم الرقم")]
    public void Find_CapitalsAndDigitsWithoutACodeWord_AreNoCode(string content)
    {
        Assert.Null(CouponCodes.Find(content));
    }

    // A code handed out is an offer of weight 1.0: with nothing else it reads as a promotion.
    [Fact]
    public void Check_CommentHandingOutADiscountCode_IsHeld()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []));

        var verdict = checker.Check(new CommentText("قارئ", "الغلا صار فوق الطاقة 😅 هذا كود تخفيض للطلبات: BAKER21", null, null));

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("code BAKER21", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OfferCategorySwitchedOff_IgnoresCodes()
    {
        var checker = new SpamChecker(new SpamRules(2, [], [], new Dictionary<string, bool> { ["offer"] = false }));

        var verdict = checker.Check(new CommentText("قارئ", "هذا كود تخفيض للطلبات: BAKER21", null, null));

        Assert.DoesNotContain(verdict.Reasons, r => r.Contains("BAKER21", StringComparison.Ordinal));
    }
}
