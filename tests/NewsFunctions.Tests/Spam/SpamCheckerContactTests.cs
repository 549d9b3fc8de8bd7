using NewsFunctions.Spam;
using static NewsFunctions.Tests.Spam.SampleSpamChecker;

namespace NewsFunctions.Tests.Spam;

public class SpamCheckerContactTests
{
    [Fact]
    public void Check_LinksOverTheLimit_IsHeldWithCount()
    {
        var verdict = Check("انظر https://a.example.com و www.b.example.org و c-news.net");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains("3 links, more than 2 allowed", verdict.Reasons);
    }

    [Fact]
    public void Check_OneSourceLink_IsClean()
    {
        var verdict = Check("المصدر: https://www.bbc.com/arabic/articles/c4ngq");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_ShortenerAndMessengerLinks_AreSpam()
    {
        var verdict = Check("عروض حصرية bit[.]ly/free-gift وتواصل wa.me/966551234567");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("link shortener hides where it leads: bit.ly", verdict.Reasons);
        Assert.Contains("messaging contact link: wa.me", verdict.Reasons);
    }

    [Theory]
    [InlineData("للتواصل واتساب ٠٥٥١٢٣٤٥٦٧")]
    [InlineData("call +966 55 123 4567 now")]
    [InlineData("راسلني ۰۱۰۱۲۳۴۵۶۷۸")]
    public void Check_PhoneNumberInAnyDigitScript_IsHeld(string content)
    {
        var verdict = Check(content);

        Assert.NotEqual(SpamLevel.Clean, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("phone number: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PhoneSpeltOutInWords_IsHeld()
    {
        var verdict = Check("كلمني على صفر خمسة خمسة واحد اثنين ثلاثة أربعة خمسة ستة سبعة");

        Assert.Contains("contact written to slip past filters (phone number: 0551234567)", verdict.Reasons);
        Assert.Equal(SpamLevel.Suspect, verdict.Level);
    }

    [Theory]
    [InlineData("شاهد التفاصيل على example dot com قبل الحذف")]
    [InlineData("التفاصيل هنا hxxp://example.com/x")]
    public void Check_ObfuscatedContactFromTrustedReader_IsStillHeld(string content)
    {
        var verdict = Checker.Check(new CommentText("سارة", content, null, null), new RecentActivity(0, TrustedReader: true));

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("contact written to slip past filters", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PlainLinkFromTrustedReader_IsNotHeld()
    {
        var verdict = Checker.Check(new CommentText("سارة", "التفاصيل في example.com/report لمن يريد", null, null), new RecentActivity(0, TrustedReader: true));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_ObfuscatedShortener_IsHeldAsShortener()
    {
        var verdict = Check("الهدية هنا bit dot ly/free");

        Assert.Contains("link shortener hides where it leads: bit.ly", verdict.Reasons);
    }

    [Theory]
    [InlineData("من 2011 إلى 2024 تغير كل شيء")]
    [InlineData("عدد السكان 105000000 نسمة والميزانية 1250 مليار")]
    [InlineData("فاز الفريق 3-1 في الدقيقة 90 أمام 45000 متفرج")]
    public void Check_YearsAndLargeNumbers_AreNotPhoneNumbers(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_EmptyWordLists_StillChecksLinksAndHoneypot()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []));

        var verdict = checker.Check(new CommentText("a", "كازينو", null, "x"));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("banned word", StringComparison.Ordinal));
    }
}
