using NewsFunctions.Spam;
using static NewsFunctions.Tests.Spam.SampleSpamChecker;

namespace NewsFunctions.Tests.Spam;

public class SpamCheckerTests
{
    [Fact]
    public void Check_OrdinaryArabicComment_IsClean()
    {
        var verdict = Check("مقال ممتاز، أسعار الوقود ارتفعت 12% منذ عام 2019 والرواتب كما هي 👏");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.True(verdict.Score < 0.5);
    }

    [Fact]
    public void Check_BannedWord_IsSpamNamingTheWord()
    {
        var verdict = Check("العب في كازينو اون لاين");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: كازينو", verdict.Reasons);
    }

    // The word list is scanned with Arabic letters moved onto spare ASCII codes and every other
    // non-ASCII letter folded onto one code; these words sit on the edges of that mapping.
    [Theory]
    [InlineData("پول", "خبر پول مهم")]
    [InlineData("گوگل پلاس", "رابط گوگل پلاس هنا")]
    [InlineData("ويفي", "خدمة الويفي مجانا")]
    [InlineData("غظف", "كلمة غظف هنا")]
    public void Check_BannedWordWithLettersAcrossTheScanMapping_IsSpam(string term, string content)
    {
        var checker = new SpamChecker(new SpamRules(2, [term, "گرگ", "ءئ"], []));

        var verdict = checker.Check(new CommentText("سارة", content, null, null));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains($"banned word: {term}", verdict.Reasons);
    }

    [Fact]
    public void Check_PersianLetterTermInsideOtherPersianWord_IsClean()
    {
        var checker = new SpamChecker(new SpamRules(2, ["پول"], []));

        var verdict = checker.Check(new CommentText("سارة", "گرگ ژپول چ", null, null));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_BannedWordWithTatweel_IsSpam()
    {
        var verdict = Check("العب في كـــازيـــنـو اون لاين");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_BannedWordWithDiacritics_IsSpam()
    {
        var verdict = Check("ألعاب القِمَارِ مضمونة");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_BannedWordWithZeroWidthCharacters_IsSpamAndCountsThem()
    {
        var verdict = Check("العب في كا\u200Bزي\u200Cنو\u2060 الآن");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("3 invisible characters hidden inside words", verdict.Reasons);
    }

    [Fact]
    public void Check_BannedWordInsideBidiOverride_IsSpam()
    {
        var verdict = Check("العب \u202Eونيزاك\u202C الآن \u202Bكازينو\u202C");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("bidi control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BannedPhraseWithAlefVariantAndTehMarbuta_IsSpam()
    {
        var verdict = Check("شيخ مجرب لجلب الحبيب بسرعة");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: جلب الحبيب", verdict.Reasons);
    }

    [Fact]
    public void Check_SpacedOutLetters_IsSpam()
    {
        var verdict = Check("ادخل ك ا ز ي ن و الملوك");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_SpacedOutPhrase_IsSpam()
    {
        var verdict = Check("ي*ا*ح*م*ا*ر افهم قبل ما تكتب");

        Assert.Contains("banned word: يا حمار", verdict.Reasons);
    }

    [Fact]
    public void Check_RepeatedLetters_IsSpam()
    {
        var verdict = Check("كاااازينووو الليلة");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Theory]
    [InlineData("والكازينو مفتوح")]
    [InlineData("بالكازينو جوائز")]
    [InlineData("فالقمار حرام")]
    [InlineData("للقمار مواقع كثيرة")]
    [InlineData("كازينوهات الخليج")]
    public void Check_BannedWordWithArabicPrefixOrSuffix_IsSpam(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Theory]
    [InlineData("إطلاق الأقمار الصناعية العربية خطوة مهمة")]
    [InlineData("Casinova is a fine restaurant in Beirut")]
    public void Check_InnocentWordContainingBannedWord_IsClean(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_SuspectWord_IsHeld()
    {
        var verdict = Check("الكاتب غبي ولا يفهم");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains("suspect word: غبي", verdict.Reasons);
    }

    [Fact]
    public void Check_BannedWordInAuthorName_IsSpam()
    {
        var verdict = Check("مقال جميل", author: "كازينو VIP");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_Honeypot_IsSpam()
    {
        var verdict = Check("مقال جميل", honeypot: "http://seo.biz");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_BannedWordInsideAQuotation_IsStillSpam()
    {
        var verdict = Check("قال لي جاري «العب في كازينو» وضحكنا");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: كازينو", verdict.Reasons);
    }

    [Fact]
    public void Check_LaughterAndStretchedLetters_StayClean()
    {
        var verdict = Check("هههههههه رااااائع!!!! 😂😂");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("letters stretched", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SameLongTextUnderSeveralNames_IsSpam()
    {
        var comment = new CommentText("ريم", "الحقوا العرض قبل ما يخلص، الكمية محدودة والتوصيل مجاني", null, null);

        var verdict = Checker.Check(comment, new RecentActivity(2));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_ShortCommonPhraseUnderSeveralNames_StaysClean()
    {
        var comment = new CommentText("ريم", "الله يرحمه", null, null);

        var verdict = Checker.Check(comment, new RecentActivity(5));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_WithoutRecentActivity_EqualsCheckWithNone()
    {
        var comment = new CommentText("ريم", "العب في كازينو wa.me/966551234567", null, null);

        var plain = Checker.Check(comment);
        var none = Checker.Check(comment, RecentActivity.None);

        Assert.Equal(plain.Level, none.Level);
        Assert.Equal(plain.Score, none.Score);
        Assert.Equal(plain.Reasons, none.Reasons);
    }
}
