using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// Two things every promotion shares whatever it sells: offer words in the language the reader
// writes (Arabizi too), and a way to get the details later ("comment and I'll send it to you").
public class EngagementBaitTests
{
    private static readonly SpamChecker Checker = new(new SpamRules(2, [], []));

    private static SpamVerdict Check(string content, bool trusted = false)
        => Checker.Check(new CommentText("قارئ", content, null, null), new RecentActivity(0, trusted));

    [Theory]
    [InlineData("khsomat 3la l 9hwa dyal l3id, tawseel l ga3 lmdon w el as3ar zwina, zouro el matjar: qahwa-souk.store")]
    [InlineData("3andna 3ard 3al sa3at el zakiyyeh, el kmiyyeh m7doodeh, chouf la page: smartwatch-deals.shop")]
    public void Check_ArabiziOfferBesideALinkFromANewReader_IsNotPublished(string content)
    {
        var verdict = Check(content);

        Assert.NotEqual(SpamLevel.Clean, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("link", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("بعد ما تعبت من الغلا لقيت طريقة أوفر فيها نص المصروف كل شهر، اللي عايز يعرف التفاصيل يكتب تعليق وأنا أرد عليه")]
    [InlineData("جربت طريقة تكسب منها من الجوال وأنت في البيت، اللي يبي الرقم يكتبلي وأرسله له")]
    [InlineData("I cleared my card debt in a year with one simple trick, comment yes and I'll send you the name")]
    public void Check_StoryThatOffersTheDetailsOnRequest_IsNotPublished(string content)
    {
        var verdict = Check(content);

        Assert.NotEqual(SpamLevel.Clean, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.Contains("offers the details on request: ", StringComparison.Ordinal));
    }

    // A referral code is the seller's own: whoever posts it is paid for each reader who uses it.
    [Theory]
    [InlineData("نزلوا تطبيق التوصيل الجديد وسجلوا بكودي HANA22 وتاخذون رصيد أول طلب")]
    [InlineData("The new food app is great, sign up with my code SAM40 and get a free meal")]
    public void Check_ReferralCodeOfTheWriter_IsHeldAsAPromotion(string content)
    {
        var verdict = Check(content);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("reads as a promotion (", StringComparison.Ordinal));
    }

    // The same words in a reader's own voice: prices and delivery as news, a comment as a comment.
    [Theory]
    [InlineData("el as3ar tel3et bzaf had l3am w tawseel dyal l bnzin wla ghali, lah y7sen l3wan")]
    [InlineData("اللي عايز يعرف التفاصيل يقرأ التقرير كامل، الكاتب شرح كل شيء")]
    [InlineData("Comment below if you were at the match, the atmosphere was unreal")]
    public void Check_ReaderWritingTheSameWordsAboutTheNews_IsPublished(string content)
    {
        Assert.Equal(SpamLevel.Clean, Check(content).Level);
    }

    // A trusted reader's phone (a witness offering photos) stays published even though the digits
    // lift the model's score: the phone is not also its own corroboration.
    [Fact]
    public void Check_TrustedReaderLeavingOnlyAPhone_IsPublished()
    {
        var verdict = Check("صورت السيول عند الجسر من شباك البيت، اللي يحتاجها للتغطية رقمي 0559876543", trusted: true);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }
}
