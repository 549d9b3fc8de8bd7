using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// The shipped rule pack with no site words at all: what a newsroom gets on the first day.
public class RulePackTests
{
    private static readonly SpamChecker Checker = new(new SpamRules(2, [], []));

    private static SpamVerdict Check(string content, bool trusted = false, string author = "قارئ", string? website = null)
        => Checker.Check(new CommentText(author, content, website, null), new RecentActivity(0, trusted));

    [Fact]
    public void Default_EveryCategoryHasALabelARoleAndTerms()
    {
        var pack = RulePack.Default;

        Assert.NotEmpty(pack.Version);
        Assert.All(pack.Categories, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Label));
            Assert.NotEmpty(c.Terms);
            Assert.All(c.Terms, t => Assert.InRange(t.Weight, 0.05, 1.0));
        });
        Assert.Contains(pack.Categories, c => c.Role == RuleRole.Offer);
        Assert.Contains(pack.Categories, c => c.Role == RuleRole.Action);
        Assert.Contains(pack.Categories, c => c.Role == RuleRole.Channel);
    }

    [Theory]
    [InlineData("أقوى عروض الرهان على الدوري، بونص ايداع أول مرة ١٠٠٪ تواصل 0551234567", "betting promotion")]
    [InlineData("تمويل فوري بدون كفيل لجميع الموظفين، راسلنا على 0501234567", "loans and debt relief")]
    [InlineData("Guaranteed profit every week with my trading signals, text me +44 7700 900123", "trading and crypto returns")]
    [InlineData("المعالج الروحاني لجلب الحبيب ورد المطلقة خلال ٤٨ ساعة تواصل 00212612345678", "spiritual healers and spells")]
    [InlineData("زيادة متابعين حقيقيين بأسعار رمزية، للطلب @growfast_ar", "followers and likes")]
    public void Check_TopicPromotionWithAContact_IsSpamNamingTheCategory(string content, string label)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("promotion with a contact (" + label, StringComparison.Ordinal));
    }

    // Offer language and a call to action carry a promotion whatever it sells: here, a product no
    // category of the pack names.
    [Theory]
    [InlineData("عندنا عرض خاص على مكيفات الشباك، توصيل مجاني والدفع عند الاستلام، للطلب 0551234567")]
    [InlineData("Special offer on solar panels this week only, free delivery, order now at 0044 20 7946 0958")]
    public void Check_UnlistedTopicWithOfferActionAndContact_IsSpam(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_PromotionWithoutContact_IsHeld()
    {
        var verdict = Check("كازينو اون لاين بونص ايداع وفري سبينز كل يوم");

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("reads as a promotion (betting promotion", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ChannelWordAndCallToAction_CountAsAContact()
    {
        var verdict = Check("ارباح يومية مضمونة من التداول، راسلني واتساب");

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("asks to be contacted on a messaging channel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("الحكومة أعلنت برنامج قروض للشباب بفائدة صفر، والتقديم عبر البنوك الحكومية")]
    [InlineData("فضيحة المراهنات في الدوري الإيطالي تكشف حجم الفساد في كرة القدم")]
    [InlineData("انقطاع واتساب أمس عطل شغل الناس كلها، لازم يكون في بديل محلي")]
    [InlineData("The central bank's new rules on crypto trading are long overdue")]
    [InlineData("دراسة جديدة عن حبوب التخسيس تقول إن أضرارها أكبر من فوائدها")]
    [InlineData("اشتريت نفس الجوال من جدة بسعر أرخص، الأسعار هنا مبالغ فيها")]
    public void Check_NewsAboutASpamTopic_IsClean(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_ContactFromANewReader_IsHeldButATrustedReaderPasses()
    {
        const string content = "عندي صور الفيضان من الحي لمن يحتاجها للتقرير، رقمي 0551234567";

        var fromNewReader = Check(content);
        var fromTrustedReader = Check(content, trusted: true);

        Assert.Equal(SpamLevel.Suspect, fromNewReader.Level);
        Assert.Equal(SpamLevel.Clean, fromTrustedReader.Level);
        Assert.Contains(fromTrustedReader.Reasons, r => r.EndsWith("(not held: the reader has approved comments)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("جربت الشركة وربحت 4000 دولار في أسبوعين، رقمي 0551234567")]
    [InlineData("جربت الشركة وربحت 4000 دولار في أسبوعين، اللي يبي التفاصيل يكتب لي بالخاص")]
    public void Check_ContactBesideOfferWordsFromATrustedReader_IsHeld(string content)
    {
        var verdict = Check(content, trusted: true);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("beside offer words", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PhoneFromATrustedReaderWithoutOfferWords_IsPublished()
    {
        var verdict = Check("عندي صور الفيضان من الحي لمن يحتاجها للتقرير، رقمي 0551234567", trusted: true);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_OfferWordsAReaderQuotes_AreNotAPromotion()
    {
        const string offer = "الدفع عند الاستلام";
        var quoted = Check($"أخي خسر مدخراته في مجموعة وعدته \"{offer}\" والبنك المركزي حذر منها");
        var asIs = Check($"أخي خسر مدخراته في مجموعة وعدته {offer} والبنك المركزي حذر منها");

        Assert.DoesNotContain(quoted.Reasons, r => r.StartsWith("reads as a promotion", StringComparison.Ordinal));
        Assert.Contains(asIs.Reasons, r => r.StartsWith("reads as a promotion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("للطلب", true)]      // to order
    [InlineData("وللطلب", true)]     // and to order
    [InlineData("الطلب", false)]     // the demand: "للطلب" searches as "لطلب", which "الطلب" holds behind "ا"
    [InlineData("الاشتراك", false)]  // the subscription, not "للاشتراك"
    public void Check_TermWrittenWithLiAl_MatchesOnlyAsWritten(string word, bool isCallToAction)
    {
        var verdict = Check($"{word} عرض خاص");

        Assert.Equal(isCallToAction, verdict.Reasons.Any(r => r.Contains("call to action", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_PlainLinkFromANewReaderWithNothingElse_IsPublished()
    {
        var verdict = Check("شاركت رأيي بالتفصيل في مدونتي myblog-notes.net لمن يحب");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void Check_PromotionWordsBesideAWarningAndNoContact_AreNotHeld()
    {
        var verdict = Check("الحكومة منعت إعلانات الكازينو أونلاين اللي كانت تعرض بونص ترحيبي وعرض خاص للمشتركين الجدد");

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("promotion words beside a warning", StringComparison.Ordinal));
    }

    // "مش نصب" holds the warning word "نصب", which must not count against the seller who writes it.
    [Fact]
    public void Check_SellerSayingItIsNotAScam_IsHeldAsWithoutThePhrase()
    {
        const string seller = "ربحت 4000 دولار في أسبوعين مع الأستاذ وعنده عرض خاص للجادين";

        var plain = Check(seller);
        var denying = Check(seller + "، والموضوع حقيقي مش نصب");

        Assert.Equal(SpamLevel.Suspect, plain.Level);
        Assert.Equal(plain.Level, denying.Level);
    }

    [Fact]
    public void Check_TrustedReaderWithPromotionAndContact_IsStillSpam()
    {
        var verdict = Check("زيادة متابعين حقيقيين بأسعار رمزية، للطلب 0551234567", trusted: true);

        Assert.Equal(SpamLevel.Spam, verdict.Level);
    }

    [Fact]
    public void Check_CategorySwitchedOff_NoLongerCountsItsTerms()
    {
        var off = new SpamChecker(new SpamRules(2, [], [], new Dictionary<string, bool> { ["betting"] = false }));
        var comment = new CommentText("x", "كازينو اون لاين وجاكبوت كل ليلة", null, null);

        var verdict = off.Check(comment);

        Assert.Equal(SpamLevel.Suspect, Checker.Check(comment).Level);
        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Theory]
    [InlineData("العب قما ر اون لاين وبونص ايداع، سجل الآن")]
    [InlineData("أفضل موقع رها ن على المباريات، سجل الآن")]
    public void Check_ArabicTermSplitInTwoPieces_IsFound(string content)
    {
        var verdict = Check(content);

        Assert.Contains(verdict.Reasons, r => r.Contains("betting promotion", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SiteBannedWordOverridesTheSamePackTerm()
    {
        var checker = new SpamChecker(new SpamRules(2, ["قمار"], []));

        var verdict = checker.Check(new CommentText("x", "قمار", null, null));

        Assert.Equal(SpamLevel.Spam, verdict.Level);
        Assert.Contains("banned word: قمار", verdict.Reasons);
    }

    [Theory]
    [InlineData("كازبنو", "كازينو")]
    [InlineData("casimo", "casino")]
    [InlineData("بالكازيو", "كازينو")]
    public void Check_OneEditFromALongBannedWord_IsHeld(string written, string banned)
    {
        var checker = new SpamChecker(new SpamRules(2, [banned], [], Pack: RulePack.Empty));

        var verdict = checker.Check(new CommentText("x", $"ادخل {written} الليلة", null, null));

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains($"near spelling of banned word: {banned}", verdict.Reasons);
    }

    [Fact]
    public void Check_ShortBannedWordOneEditAway_IsClean()
    {
        var checker = new SpamChecker(new SpamRules(2, ["قمار"], [], Pack: RulePack.Empty));

        var verdict = checker.Check(new CommentText("x", "قطار الرياض تأخر", null, null));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }
}
