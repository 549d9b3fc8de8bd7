using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class ContactFinderAccountTests
{
    private static List<FoundContact> Find(string text) => ContactFinder.Find(text, TextNormalizer.ForMatching(text));

    [Theory]
    [InlineData("راسلني name@gmail.com", "gmail.com", false)]
    [InlineData("first.last+news@mail.example.org.", "mail.example.org", false)]
    [InlineData("name at gmail dot com", "gmail.com", true)]
    [InlineData("name [at] gmail [dot] com", "gmail.com", true)]
    [InlineData("name (at) yahoo.com", "yahoo.com", true)]
    [InlineData("name آت gmail دوت com", "gmail.com", true)]
    [InlineData("name @ gmail.com", "gmail.com", true)]
    public void Find_EmailAddress_IsEmailWithItsDomainAndNoLink(string text, string domain, bool obfuscated)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.Email, domain, obfuscated, false), Assert.Single(found));
    }

    // Wallets

    [Theory]
    [InlineData("حولوا على محفظة TRC20: TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE وشكرا", "tqn9y2…")]
    [InlineData("ERC20 0x52908400098527886E0F7030069857D2E4169EE7 only", "0x5290…")]
    [InlineData("btc: bc1qar9fdstlyuz7e5jx8mt6la8pqyhzwgj36xa4vp", "bc1qar…")]
    [InlineData("BTC 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3j98t1…")]
    public void Find_CryptoWalletAddress_IsWallet(string text, string wallet)
    {
        Assert.Equal(new FoundContact(ContactKind.Wallet, wallet, false, false), Assert.Single(Find(text)));
    }

    [Theory]
    [InlineData("رقم الشحنة SA1234567890123456789012 وصلت متأخرة")]
    [InlineData("the word supercalifragilisticexpialidocious")]
    [InlineData("the hash 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea was published")]
    public void Find_LongCodesThatAreNoWallet_AreNoContact(string text)
    {
        Assert.Empty(Find(text));
    }

    // Handles

    [Theory]
    [InlineData("حساب الوزارة الرسمي @moh.gov.sa نشر التوضيح", "@moh.gov.sa", true)]
    [InlineData("حساب الوكالة @reuters.com نشر الصور", "@reuters.com", true)]
    [InlineData("تابعوا @deals.store.sa للعروض", "@deals.store.sa", false)]
    public void Find_HandleNamedAfterATrustedDomain_IsTrusted(string text, string handle, bool trusted)
    {
        Assert.Equal(new FoundContact(ContactKind.Handle, handle, false, trusted), Assert.Single(Find(text)));
    }

    [Theory]
    [InlineData("تابعوا @cool_user", "@cool_user")]
    [InlineData("insta: sara_style", "@sara_style")]
    [InlineData("سناب: sara", "@sara")]
    [InlineData("سناب sara", "@sara")]
    [InlineData("تلجرام @deals", "@deals")]
    [InlineData("tiktok name_22", "@name_22")]
    [InlineData("add me ahmed_99", "@ahmed_99")]
    [InlineData("add me on snap: ahmed", "@ahmed")]
    [InlineData("ضيفني سناب ahmed", "@ahmed")]
    public void Find_Handle_IsHandleWithAt(string text, string handle)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.Handle, handle, false, false), Assert.Single(found));
    }

    [Theory]
    [InlineData("add me a h m e d 9 9", "@ahmed99")]
    [InlineData("ضيفني s a r a", "@sara")]
    public void Find_HandleSpacedOut_IsObfuscatedHandle(string text, string handle)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.Handle, handle, true, false), Assert.Single(found));
    }

    [Theory]
    [InlineData("I saw it on tiktok and instagram yesterday")]
    [InlineData("follow me for more")]
    [InlineData("we met at the station")]
    public void Find_PlatformNamesInProse_FindsNothing(string text)
    {
        Assert.Empty(Find(text));
    }

    // Profile pointers

    [Theory]
    [InlineData("Link in bio 🔥", "link in bio")]
    [InlineData("the link in my profile", "link in my profile")]
    [InlineData("check my profile!", "check my profile")]
    [InlineData("الرابط في البايو", "الرابط في البايو")]
    [InlineData("الرابط في البروفايل يا شباب", "الرابط في البروفايل")]
    [InlineData("رابط بالبايو", "رابط بالبايو")]
    [InlineData("تفاصيل في الخاص", "تفاصيل في الخاص")]
    [InlineData("وراسلني خاص", "راسلني خاص")]
    [InlineData("DM me", "dm me")]
    [InlineData("send inbox", "send inbox")]
    [InlineData("ابحث عني في جوجل", "ابحث عني في جوجل")]
    [InlineData("just search my name", "search my name")]
    [InlineData("search for us on google", "search for us on google")]
    [InlineData("اكتب في جوجل اسم الشركة", "اكتب في جوجل")]
    [InlineData("kalemni 5as", "kalemni 5as")]
    [InlineData("واللي يحتاج العنوان يكتب لي بالخاص", "يكتب لي بالخاص")]
    [InlineData("الرقم في البروفايل لمن يريد", "الرقم في البروفايل")]
    public void Find_PhrasePointingToAProfile_IsProfilePointer(string text, string phrase)
    {
        var found = Find(text);

        Assert.Equal(new FoundContact(ContactKind.ProfilePointer, phrase, false, false), Assert.Single(found));
    }

    [Theory]
    [InlineData("الاستثمار في القطاع الخاص مهم")]
    [InlineData("my inboxes are full")]
    public void Find_WordsOfAPhraseInProse_FindsNothing(string text)
    {
        Assert.Empty(Find(text));
    }

    // Phones

    [Fact]
    public void Find_SeveralContacts_AreAllFound()
    {
        var found = Find("bit.ly/x و wa.me/1 و name@mail.com و @sara و 0551234567");

        Assert.Equal(
            [ContactKind.Shortener, ContactKind.Messenger, ContactKind.Email, ContactKind.Handle, ContactKind.Phone],
            found.Select(c => c.Kind));
    }
}
