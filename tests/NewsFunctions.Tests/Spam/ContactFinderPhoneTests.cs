using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class ContactFinderPhoneTests
{
    private static List<FoundContact> Find(string text) => ContactFinder.Find(text, TextNormalizer.ForMatching(text));

    [Theory]
    [InlineData("للتواصل واتساب ٠٥٥١٢٣٤٥٦٧", "0551234567")]
    [InlineData("call +966 55 123 4567 now", "+966 55 123 4567")]
    [InlineData("راسلني ۰۱۰۱۲۳۴۵۶۷۸", "01012345678")]
    [InlineData("اتصل 00966551234567", "00966551234567")]
    [InlineData("اتصل 055-123-4567", "055-123-4567")]
    [InlineData("اتصل 055.123.4567", "055.123.4567")]
    [InlineData("اتصل 055/123/4567", "055/123/4567")]
    [InlineData("اتصل (055) 123 4567", "(055) 123 4567")]
    [InlineData("عام 2019 0551234567", "0551234567")]
    public void Find_PhoneNumber_IsPhoneAsFound(string text, string phone)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.Phone, phone, false, false), Assert.Single(found));
    }

    [Theory]
    [InlineData("صفر خمسة خمسة واحد اثنين ثلاثة أربعة خمسة ستة سبعة", "0551234567")]
    [InlineData("صفر و خمسه وخمسه وواحد واتنين وتلاته واربعه وخمسه وسته وسبعه", "0551234567")]
    [InlineData("زيرو خمسه خمسه واحد اتنين تلاته اربعه خمسه سته سبعه", "0551234567")]
    [InlineData("zero five five one two three four five six seven", "0551234567")]
    [InlineData("zero double five one two three four five six seven", "0551234567")]
    [InlineData("05 خمسة واحد اثنين ثلاثة أربعة خمسة ستة سبعة", "0551234567")]
    [InlineData("call 0️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣", "0551234567")]
    [InlineData("رقمي 05٥1٢3٤5٦7", "0551234567")]
    [InlineData("رقمي ０５５１２３４５６７", "0551234567")]
    [InlineData("رقمي 055x123x4567", "055x123x4567")]
    [InlineData("رقمي 055🔥123🔥4567", "055🔥123🔥4567")]
    [InlineData("رقمي 0 5 5 1 2 3 4 5 6 7", "0 5 5 1 2 3 4 5 6 7")]
    public void Find_PhoneWrittenToDodgeAFilter_IsObfuscatedPhone(string text, string phone)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.Phone, phone, true, false), Assert.Single(found));
    }

    [Theory]
    [InlineData("عدد السكان 3 450 000 نسمة")]
    [InlineData("الميزانية 1,250,000 دولار")]
    [InlineData("بلغت الخسائر 12.500.000 وفق التقرير")]
    [InlineData("بلغ العدد ٣٬٤٥٠٬٠٠٠ شخص")]
    [InlineData("حكم من 1990-2003 ثم اعتزل")]
    [InlineData("موسم 2019/2020 كان الأفضل")]
    [InlineData("نشر يوم 12/05/2024 الساعة 10:30")]
    [InlineData("القرار رقم 2023/407/12 نشر في الجريدة الرسمية")]
    [InlineData("فاز الفريق 3-1 في الدقيقة 90 أمام 45000 متفرج")]
    [InlineData("ارتفع التضخم 12.5% ثم 13.75% خلال 2023")]
    [InlineData("تكلفة المشروع 25 000 000 دولار")]
    [InlineData("بيع بمبلغ 45000000 ريال")]
    [InlineData("صدر قانون رقم 72 لسنة 2019")]
    [InlineData("الرحلة MS 985 والرحلة EK2134 تأخرتا")]
    [InlineData("اتصل بـ 997 أو 911 أو 19588")]
    [InlineData("عدد السكان 105000000 نسمة")]
    [InlineData("ست سنوات وخمسة أشهر وثلاثة أيام")]
    public void Find_NumbersInNews_AreNotPhones(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == ContactKind.Phone);
    }

    // Gulf numbers have no trunk 0, and "76 552 018" reads as thousands: a word announcing a phone
    // before the number settles both.
    [Theory]
    [InlineData("للحجز والاستفسار اتصل 96522334455", "96522334455")]
    [InlineData("بالواتس: 33445566 الدوحة", "33445566")]
    [InlineData("kallamna ala 71 234 567", "71 234 567")]
    [InlineData("call 44 556 677 today", "44 556 677")]
    [InlineData("msg 3al 71 552 830 w mnrod 3laykon", "71 552 830")]
    [InlineData("ra2mi: 66 120 455", "66 120 455")]
    public void Find_NumberAfterAPhoneWord_IsPhoneEvenWithoutATrunkZero(string text, string phone)
    {
        Assert.Equal(phone, Assert.Single(Find(text), c => c.Kind == ContactKind.Phone).Value);
    }

    [Theory]
    [InlineData("الأرض مسجلة بصك رقم 44103287 منذ السبعينات")]
    [InlineData("بلغ عدد السكان 33445566 نسمة")]
    [InlineData("اتصل الوزير بنظيره وبلغت الخسائر 3 450 000 دولار")]
    public void Find_NumberWithoutAPhoneWordRightBeforeIt_IsNoPhone(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == ContactKind.Phone);
    }

    // Prose that looks like links
}
