using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class SpamCheckerTests
{
    private static readonly SpamRules Rules = new(
        MaxLinks: 2,
        BannedWords: ["كازينو", "قمار", "جلب الحبيب", "يا حمار", "casino", "viagra"],
        SuspectWords: ["غبي", "idiot"]);

    private static readonly SpamChecker Checker = new(Rules);

    private static SpamVerdict Check(string content, string author = "سارة", string? honeypot = null)
        => Checker.Check(new CommentText(author, content, null, honeypot));

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
    public void Check_CyrillicLookalikesInLatinWord_IsSpam()
    {
        var verdict = Check("Best online саsіnо bonus");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: casino", verdict.Reasons);
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

    [Fact]
    public void Check_Honeypot_IsSpam()
    {
        var verdict = Check("مقال جميل", honeypot: "http://seo.biz");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
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
    public void Check_BannedWordInsideAQuotation_IsStillSpam()
    {
        var verdict = Check("قال لي جاري «العب في كازينو» وضحكنا");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: كازينو", verdict.Reasons);
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
    public void Check_MixedScriptWordWithoutListedTerm_IsHeld()
    {
        var verdict = Check("Get frее mоney today");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
    }

    [Fact]
    public void Check_MixedScriptWord_IsNamedInTheReason()
    {
        var verdict = Check("Get ᴄheap! meds today");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.EndsWith(": ᴄheap", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LettersOfEuropeanLanguages_AreNoMixedScriptSignal()
    {
        var verdict = Check("I lived in København and in Łódź, and paid in złoty");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
    }

    [Theory]
    [InlineData("Best c@s!no bonus", "casino")]
    [InlineData(@"cheap \/iagra here", "viagra")]
    [InlineData(@"\/egas style c4sino", "casino")]
    public void Check_BannedWordSpeltWithSymbols_IsSpam(string content, string term)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains($"banned word: {term}", verdict.Reasons);
    }

    [Fact]
    public void Check_ExclamationMarksAfterEnglishWords_StayPunctuation()
    {
        var verdict = Check("wow! great!!!! thanks for the report");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Contains("punctuation repeated (!!!!)", verdict.Reasons);
    }

    [Fact]
    public void Check_PersianSpellingOfBannedWord_IsSpam()
    {
        var checker = new SpamChecker(new SpamRules(2, ["بوكر"], []));

        var verdict = checker.Check(new CommentText("سارة", "بازی پوکر آنلاین", null, null));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: بوكر", verdict.Reasons);
    }

    [Theory]
    [InlineData("این گزارش خیلی خوب بود، ممنون از زحمات شما و تیم خبری")]
    [InlineData("یہ خبر بہت اہم ہے، شکریہ")]
    [InlineData("سوپاس بۆ ئەم ڕاپۆرتە، زۆر باش بوو")]
    public void Check_PersianUrduAndKurdishReadersComments_AreClean(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Check_SuperscriptAlefStandingForAlef_IsSpam()
    {
        var verdict = Check("تعال العب قمٰر واربح");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: قمار", verdict.Reasons);
    }

    // The superscript alef reads as an alef in the search form, which honest Quranic quotations
    // use too; they must still raise nothing, with the default model as in production.
    [Fact]
    public void Check_QuranicPhrasesWithSuperscriptAlef_GetNoSignal()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []), SpamModel.Default);

        var verdict = checker.Check(new CommentText("سارة",
            "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ، ذَٰلِكَ الْكِتَابُ لَا رَيْبَ فِيهِ، هَٰذَا مِن فَضْلِ رَبِّي. رحم الله الفقيد", null, null));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Empty(verdict.Reasons);
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

    [Fact]
    public void Check_EmptyWordLists_StillChecksLinksAndHoneypot()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []));

        var verdict = checker.Check(new CommentText("a", "كازينو", null, "x"));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("banned word", StringComparison.Ordinal));
    }
}
