using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// Readers point to sources and quote the spam they are tired of; neither is a contact of theirs.
public class SourcePointerTests
{
    private static readonly SpamChecker Checker = new(new SpamRules(2, [], []));

    private static SpamVerdict Check(string content)
        => Checker.Check(new CommentText("قارئ", content, null, null));

    [Theory]
    [InlineData("للاطلاع على النشرة الرسمية ادخلوا صفحة البنك المركزي بدل منشورات الفيسبوك: https://www.cbe.org.eg/ar/economic-research")]
    [InlineData("الدراسة الأصلية تقول غير ذلك، المصدر: https://doi.org/10.1001/jama.2023.12345")]
    public void Check_CallToVisitAnOfficialSource_IsPublished(string content)
    {
        Assert.Equal(SpamLevel.Clean, Check(content).Level);
    }

    // The same call beside a page nobody vouches for still asks readers to go somewhere.
    [Fact]
    public void Check_CallToVisitAnUnknownPageWithAChannelWord_IsHeld()
    {
        var verdict = Check("ادخلوا صفحتنا على الفيسبوك لأسعار الصرف اليومية: https://dollar-today-eg.net");

        Assert.NotEqual(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_ProfilePointerInsideQuotationMarks_IsNoContact()
    {
        var verdict = Check("Every article here gets replies like \"earn from home, check my profile\" and nobody removes them");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.DoesNotContain(verdict.Reasons, r => r.Contains("profile", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ProfilePointerOutsideTheQuotation_StillCounts()
    {
        var verdict = Check("they call it \"the best offer\" but it really is, check my profile");

        Assert.Contains(verdict.Reasons, r => r.Contains("check my profile", StringComparison.Ordinal));
    }
}
