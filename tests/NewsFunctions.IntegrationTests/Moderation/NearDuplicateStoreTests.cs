using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;
using NewsFunctions.Spam;

namespace NewsFunctions.IntegrationTests.Moderation;

// The store alone on real Azurite: the order guarantees docs/EXACTLY-ONCE.md gives for W3b.
public sealed class NearDuplicateStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly NearDuplicateStore store = new(azurite.Tables);

    private static readonly string[] Words =
    [
        "متجر", "حملة", "إعلان", "تصميم", "أسبوع", "خصم", "عرض", "توصيل", "مدينة", "سوق", "برنامج", "تطبيق", "فريق", "مباراة",
        "ملعب", "مدرسة", "طريق", "جسر", "ميناء", "مطار", "قطار", "مصنع", "مزرعة", "مكتبة", "حديقة", "مستشفى", "جامعة", "وزارة",
    ];

    // Each test's text is its own sequence of words, so the tests share no band rows.
    private static NearDuplicateSignature Text(string name) => NearDuplicateSignature.Compute(Sentence(name))!;

    // The same text with one word changed and punctuation and emoji added: a campaign's rewording.
    private static NearDuplicateSignature Reworded(string name)
    {
        var words = Sentence(name).Split(' ');
        words[3] = "رائع";
        return NearDuplicateSignature.Compute("🔥 " + string.Join(' ', words) + "!! 🔥")!;
    }

    private static string Sentence(string name)
    {
        var random = new Random(name.Aggregate(17, (hash, c) => (hash * 31) + c));
        return string.Join(' ', Enumerable.Range(0, 14).Select(_ => Words[random.Next(Words.Length)]));
    }

    [Fact]
    public async Task Record_RedeliveredAfterLaterAuthors_CountsWhatTheFirstDeliverySaw()
    {
        var first = await store.RecordAndCountOtherAuthorsAsync(Text("f1"), ["alice"], At, Day, CancellationToken.None);
        var second = await store.RecordAndCountOtherAuthorsAsync(Text("f1"), ["bob"], At.AddMinutes(1), Day, CancellationToken.None);
        var third = await store.RecordAndCountOtherAuthorsAsync(Text("f1"), ["carol"], At.AddMinutes(2), Day, CancellationToken.None);
        var secondAgain = await store.RecordAndCountOtherAuthorsAsync(Text("f1"), ["bob"], At.AddMinutes(1), Day, CancellationToken.None);
        var firstAgain = await store.RecordAndCountOtherAuthorsAsync(Text("f1"), ["alice"], At, Day, CancellationToken.None);

        Assert.Equal([0, 1, 2, 1, 0], new[] { first, second, third, secondAgain, firstAgain });
    }

    [Fact]
    public async Task Record_SameAuthorAgainOrOtherTextOrOutsideTheWindow_DoesNotCount()
    {
        await store.RecordAndCountOtherAuthorsAsync(Text("f2"), ["alice"], At, Day, CancellationToken.None);
        await store.RecordAndCountOtherAuthorsAsync(Text("other"), ["bob"], At, Day, CancellationToken.None);

        var sameAuthor = await store.RecordAndCountOtherAuthorsAsync(Text("f2"), ["alice"], At.AddHours(1), Day, CancellationToken.None);
        var dayLater = await store.RecordAndCountOtherAuthorsAsync(Text("f2"), ["dave"], At.AddHours(1) + Day + TimeSpan.FromMinutes(1), Day, CancellationToken.None);
        var withinDay = await store.RecordAndCountOtherAuthorsAsync(Text("f2"), ["erin"], At.AddHours(2), Day, CancellationToken.None);

        Assert.Equal(0, sameAuthor);
        Assert.Equal(0, dayLater);
        Assert.Equal(1, withinDay);
    }

    [Fact]
    public async Task Record_RewordedCopyUnderAnotherName_Counts()
    {
        await store.RecordAndCountOtherAuthorsAsync(Text("f7"), ["alice"], At, Day, CancellationToken.None);

        var reworded = await store.RecordAndCountOtherAuthorsAsync(Reworded("f7"), ["bob"], At.AddMinutes(5), Day, CancellationToken.None);
        var unrelated = await store.RecordAndCountOtherAuthorsAsync(
            NearDuplicateSignature.Compute("الأسعار في السوق ارتفعت كثيراً هذا الشهر والرواتب كما هي منذ سنوات")!, ["carol"], At.AddMinutes(6), Day, CancellationToken.None);

        Assert.Equal(1, reworded);
        Assert.Equal(0, unrelated);
    }

    [Fact]
    public async Task Record_ManyAuthorsAtTheSameMoment_NoneIsLost()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            store.RecordAndCountOtherAuthorsAsync(Text("f3"), [$"author{i}"], At, Day, CancellationToken.None))));

        var later = await store.RecordAndCountOtherAuthorsAsync(Text("f3"), ["late"], At.AddMinutes(1), Day, CancellationToken.None);

        Assert.Equal(12, later);
        Assert.Equal(Enumerable.Range(0, 12), counts.Order());
    }

    [Fact]
    public async Task Record_MoreAuthorsThanKept_TheOldestGiveWay()
    {
        for (var i = 0; i < NearDuplicateStore.MaxAuthors + 5; i++)
        {
            await store.RecordAndCountOtherAuthorsAsync(Text("f4"), [$"author{i}"], At.AddSeconds(i), Day, CancellationToken.None);
        }

        // The newest author's redelivery counts the others up to its time: authors 5 to 53 are
        // kept, 0 to 4 gave way. Keeping them all would count 54 (capped at 50); dropping the
        // newest instead would count 50.
        var newestAgain = await store.RecordAndCountOtherAuthorsAsync(Text("f4"), [$"author{NearDuplicateStore.MaxAuthors + 4}"], At.AddSeconds(NearDuplicateStore.MaxAuthors + 4), Day, CancellationToken.None);

        Assert.Equal(NearDuplicateStore.MaxAuthors - 1, newestAgain);
    }

    [Fact]
    public async Task Record_ACampaignOfAHundredAtOnce_CountsAsIfOneAfterAnother()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() =>
            store.RecordAndCountOtherAuthorsAsync(Text("f5"), [$"author{i}"], At, Day, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(0, 100).Select(i => Math.Min(i, NearDuplicateStore.MaxAuthors)), counts.Order());
    }

    [Fact]
    public async Task Record_TwoInstancesAtOnce_LoseNoAuthor()
    {
        var other = new NearDuplicateStore(azurite.Tables);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store : other).RecordAndCountOtherAuthorsAsync(Text("f6"), [$"author{i}"], At, Day, CancellationToken.None))));
        var later = await store.RecordAndCountOtherAuthorsAsync(Text("f6"), ["late"], At.AddMinutes(1), Day, CancellationToken.None);

        Assert.Equal(40, later);
    }

    [Fact]
    public async Task Record_AuthorsOwnPostUnderThePreviousSecretsKey_IsNoOtherAuthor()
    {
        await store.RecordAndCountOtherAuthorsAsync(Text("f8"), ["alice-old"], At, Day, CancellationToken.None);
        await store.RecordAndCountOtherAuthorsAsync(Text("f8"), ["bob-old"], At.AddMinutes(1), Day, CancellationToken.None);

        var alice = await store.RecordAndCountOtherAuthorsAsync(Text("f8"), ["alice-new", "alice-old"], At.AddMinutes(2), Day, CancellationToken.None);

        Assert.Equal(1, alice);
    }
}
