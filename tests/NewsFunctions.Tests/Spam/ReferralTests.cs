using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// Testimonial spam often carries no contact at all: a story, a named helper, and an instruction to
// look that helper up. The instruction is a call to action of its own category.
public class ReferralTests
{
    private static readonly SpamChecker Checker = new(new SpamRules(2, [], []));

    private static SpamVerdict Check(string content)
        => Checker.Check(new CommentText("قارئ", content, null, null));

    [Theory]
    [InlineData("الحمد لله بعد سنين تعب، الدكتور سامر في الشميساني عالج ظهري من أول جلسة. اسألوا عنه أي واحد في عمان")]
    [InlineData("I was skeptical at first, but Coach Daniel got me to my goal weight in eight weeks. Look him up")]
    [InlineData("ana kont ta3ban mn dahri sneen, ro7t 3and Dr Samer w mn awal marra et7assant. es2alo 3anno")]
    [InlineData("بنتي تحسنت في شهرين مع الكابتن وليد، دوروا عليه في النادي")]
    public void Check_TestimonyThatSendsReadersToLookSomeoneUp_IsHeldNamingTheReferral(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("sends readers to look someone up", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("الوزير السابق معروف بنزاهته، اسألوا عنه أهل مدينته")]
    [InlineData("If you doubt the figures in the report, look them up in the ministry's own budget")]
    public void Check_ReferralWithoutATestimony_IsClean(string content)
    {
        Assert.Equal(SpamLevel.Clean, Check(content).Level);
    }

    // "للكازينو" is "ل" before "الكازينو" with the article's alef dropped.
    [Fact]
    public void Check_SiteWordWithArticleBehindLam_IsFound()
    {
        var checker = new SpamChecker(new SpamRules(2, ["الكازينو"], []));

        var verdict = checker.Check(new CommentText("قارئ", "رحت للكازينو امس وخسرت", null, null));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }
}
