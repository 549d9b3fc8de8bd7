using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class SpamModelTests
{
    private static readonly (string Text, bool IsSpam)[] Examples =
    [
        ("اربح يوميا من الكازينو سجل الان", true),
        ("بونص ترحيبي على اول ايداع العب الان", true),
        ("Win real money tonight, instant bonus", true),
        ("مقال رائع عن اسعار الوقود في الرياض", false),
        ("الحكم ظلم الفريق في المباراة", false),
        ("Great reporting on the budget, thanks", false),
    ];

    // An n-gram counts once it has been seen three times; each example three times makes these
    // small sets a model that has seen enough.
    private static IEnumerable<(string Text, bool IsSpam)> ThreeTimes(IEnumerable<(string, bool)> examples)
        => examples.SelectMany(e => Enumerable.Repeat(e, 3));

    [Fact]
    public void Train_SpamLikeText_ScoresAboveHamLikeText()
    {
        var model = SpamModel.Train(ThreeTimes(Examples));

        var spam = model.Score("العب الان واربح بونص");
        var ham = model.Score("مقال عن المباراة والحكم");

        Assert.True(spam > 0.5, $"spam scored {spam}");
        Assert.True(ham < 0.5, $"ham scored {ham}");
    }

    [Fact]
    public void ToJsonFromJson_RoundTrip_KeepsScoresAndCounts()
    {
        var model = SpamModel.Train(Examples);
        using var stream = new MemoryStream();

        model.ToJson(stream);
        stream.Position = 0;
        var loaded = SpamModel.FromJson(stream);

        Assert.Equal(model.SpamDocuments, loaded.SpamDocuments);
        Assert.Equal(model.HamDocuments, loaded.HamDocuments);
        Assert.Equal(model.Score("العب الان واربح"), loaded.Score("العب الان واربح"), 12);
    }

    [Fact]
    public void FromJson_OtherFormat_IsRejected()
    {
        using var stream = new MemoryStream("""{"version":2,"buckets":10,"minGram":1,"maxGram":3,"spamDocuments":0,"hamDocuments":0,"spamCounts":{},"hamCounts":{}}"""u8.ToArray());

        Assert.Throws<InvalidDataException>(() => SpamModel.FromJson(stream));
    }

    [Fact]
    public void Default_IsTrainedOnTheCorpus()
    {
        var model = SpamModel.Default;

        Assert.True(model.SpamDocuments >= 200);
        Assert.True(model.HamDocuments >= 200);
    }

    [Fact]
    public void Check_ModelAloneConfident_HoldsButNeverMarksSpam()
    {
        var model = SpamModel.Train(Enumerable.Repeat(Examples, 20).SelectMany(e => e));
        var checker = new SpamChecker(new SpamRules(2, [], []), model);

        var verdict = checker.Check(new CommentText("x", "اربح يوميا بونص ترحيبي على اول ايداع العب الان سجل", null, null));

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("reads like the spam", StringComparison.Ordinal));
    }

    // Words no rule-pack category lists, so that only the model and the contact speak.
    private static readonly SpamModel NeutralModel = SpamModel.Train(Enumerable.Repeat<(string, bool)[]>(
        [("قطة زرقاء فوق الجبل العالي تنام", true), ("شجرة خضراء قرب النهر الهادئ", false)], 20).SelectMany(e => e));

    private const string NeutralSpam = "قطة زرقاء فوق الجبل العالي تنام";
    private const string NeutralSpamWithPhone = "قطة زرقاء فوق الجبل العالي تنام 0551234567";

    [Fact]
    public void Check_ModelBetweenItsThresholds_HoldsOnlyBesideACueOrAContact()
    {
        static SpamVerdict CheckBetweenThresholds(string text)
        {
            var logOdds = NeutralModel.LogOdds(text);
            var checker = new SpamChecker(new SpamRules(2, [], []), NeutralModel.WithHoldLogOdds(logOdds + 1, logOdds - 1));
            return checker.Check(new CommentText("x", text, null, null));
        }

        var cued = CheckBetweenThresholds(NeutralSpamWithPhone);
        var alone = CheckBetweenThresholds(NeutralSpam);

        Assert.Equal(SpamLevel.Suspect, cued.Level);
        Assert.Contains(cued.Reasons, r => r.EndsWith("beside offer words or a contact", StringComparison.Ordinal));
        Assert.Equal(SpamLevel.Clean, alone.Level);
    }

    [Theory]
    [InlineData(NeutralSpamWithPhone, SpamLevel.Suspect)]
    [InlineData(NeutralSpam, SpamLevel.Clean)]
    public void Check_ModelHoldFromATrustedReader_StandsOnlyWithAContactOrOfferWords(string text, SpamLevel expected)
    {
        var checker = new SpamChecker(new SpamRules(2, [], []), NeutralModel.WithHoldLogOdds(NeutralModel.LogOdds(text) - 1));

        var verdict = checker.Check(new CommentText("x", text, null, null), new RecentActivity(0, true));

        Assert.Equal(expected, verdict.Level);
    }

    [Fact]
    public void CalibratedOn_WithACueTest_SetsTheCueThresholdOnTheCuedHamAlone()
    {
        var model = SpamModel.Train(ThreeTimes(Examples));
        (string, bool)[] heldOut = [("العب الان واربح بونص", false), ("مقال عن المباراة والحكم للطلب", false), ("مقال ممتاز", false)];
        static bool HasCue(string text) => text.Contains("للطلب", StringComparison.Ordinal);

        var calibrated = model.CalibratedOn(heldOut, maxHamHeld: 0, HasCue);

        Assert.Equal(Math.Ceiling((model.LogOdds(heldOut[0].Item1) + 1e-6) * 1000) / 1000, calibrated.HoldLogOdds, 6);
        Assert.Equal(Math.Ceiling((model.LogOdds(heldOut[1].Item1) + 1e-6) * 1000) / 1000, calibrated.CueHoldLogOdds, 6);
    }

    [Fact]
    public void CalibratedOn_HoldsNoHeldOutHamAndLetsSpamAboveItThrough()
    {
        var model = SpamModel.Train(ThreeTimes([
            ("اربح من البيت كل يوم تواصل واتساب", true), ("زيادة متابعين بأسعار رمزية للطلب", true),
            ("المقال ممتاز والحكومة لازم تسمع", false), ("الأسعار ارتفعت والرواتب كما هي", false)]));
        (string, bool)[] heldOut = [("اربح متابعين من البيت للطلب واتساب", true), ("الحكومة لازم تراجع الأسعار", false), ("مقال ممتاز", false)];

        var calibrated = model.CalibratedOn(heldOut, maxHamHeld: 0);

        Assert.All(heldOut.Where(e => !e.Item2), e => Assert.True(calibrated.LogOdds(e.Item1) < calibrated.HoldLogOdds));
        Assert.True(calibrated.LogOdds(heldOut[0].Item1) >= calibrated.HoldLogOdds);
    }

    [Fact]
    public void LogOdds_NGramsSeenTooRarelyOrNever_WeighNothing()
    {
        var model = SpamModel.Train([("اربح", true), ("مقال طويل عن الوقود", false)]);

        // One spam and one ham document: the prior is even, and no n-gram was seen three times.
        // The ham has more n-grams, so smoothing alone would give every unseen one a weight.
        Assert.Equal(0, model.LogOdds("اربح"), 6);
        Assert.Equal(0, model.LogOdds("طجرحسرجطخدضجسربزخبضدبضطخصشصبضط"), 6);
    }

    [Theory]
    [InlineData("مقال ممتاز ابتثجحخدذرزسشصضطابتثجح شكرا", "مقال ممتاز  شكرا")]
    [InlineData("ref QWERTYUIOPASDFGHJKLZXC ok", "ref  ok")]
    [InlineData("مقال ممتاز ابتثجحخدذرزسشصضطاب شكرا", "مقال ممتاز ابتثجحخدذرزسشصضطاب شكرا")]
    public void WithoutCodes_LetterRunsLongerThanAnyWord_AreLeftOut(string searchForm, string scored)
    {
        Assert.Equal(scored, SpamModel.WithoutCodes(searchForm));
    }

    // Readers paste order numbers, codes and words the model never saw; the shipped model alone
    // must not hold a plain comment for them. Letters drawn at random, as in a reference code.
    [Fact]
    public void Default_PlainCommentsWithRandomLetterCodes_AreNeverHeldByTheModel()
    {
        var random = new Random(11);
        string Code() => new([.. Enumerable.Range(0, 32).Select(_ => "ابتثجحخدذرزسشصضط"[random.Next(16)])]);
        string[] openings = ["تعليق رقم", "تعليق أثناء انقطاع التخزين رقم", "شكرا على المقال، رقم الطلب", "أؤيد الكاتب رقم"];

        var held = Enumerable.Range(0, 3_000)
            .Select(n => $"{openings[n % openings.Length]} {n} (مرجع {Code()} {Code()})")
            .Where(text => SpamModel.Default.LogOdds(text) >= SpamModel.Default.HoldLogOdds)
            .ToList();

        Assert.True(held.Count == 0, $"{held.Count} held, first: {held.FirstOrDefault()}");
    }
}
