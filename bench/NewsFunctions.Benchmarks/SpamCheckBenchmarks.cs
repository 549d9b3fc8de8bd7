using System.Text;
using BenchmarkDotNet.Attributes;
using NewsFunctions.Spam;

// The whole check of a 1 KB Arabic comment against 2,000 banned terms, next to the naive approach:
// one Contains per term over the same normalised text. Both run in the same BenchmarkDotNet run.
// Min and median next to the mean: on a shared machine the mean carries other processes' load.
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class SpamCheckBenchmarks
{
    private const int TermCount = 2_000;

    // An honest comment: nothing matches, so every signal runs to the end, which is the common and
    // the slowest case (a banned word would end nothing early either, but clean text is typical).
    private const string Paragraph =
        "قرأت التقرير كاملاً وأختلف مع الكاتب في نقطتين: أولاً، ارتفاع أسعار الوقود بنسبة 12% منذ عام 2019 "
        + "لم يكن بسبب الدعم فقط، بل بسبب تراجع الإنتاج المحلي. ثانياً، الأرقام المنشورة عن البطالة (٨٫٥٪) "
        + "لا تشمل العاملين في القطاع غير الرسمي، وهم كثيرون في مدينتنا. المصدر: https://data.worldbank.org/country/egypt "
        + "وَاللَّهُ المُسْتَعَانُ، نتمنى أن تنشروا ردّ الوزارة كما نشرتم تصريح المدير «لن نرفع الأسعار» 👏 ";

    private SpamChecker _checker = null!;
    private CommentText _comment = null!;
    private string[] _termForms = [];
    private string _normalizedContent = "";

    internal string Content { get; private set; } = "";

    internal string[] TermList { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        var content = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(content.ToString()) < 1024)
        {
            content.Append(Paragraph);
        }
        var text = content.ToString();
        var truncated = text[..Enumerable.Range(0, text.Length).First(i => Encoding.UTF8.GetByteCount(text[..i]) >= 1024)];
        _comment = new CommentText("أبو خالد", truncated, null, null);

        var terms = Terms(TermCount);
        Content = truncated;
        TermList = terms;
        _checker = new SpamChecker(new SpamRules(2, terms, []), SpamModel.Default);
        _termForms = terms.Select(TextNormalizer.ForTermSearch).ToArray();
        _normalizedContent = TextNormalizer.ForTermSearch(truncated);
    }

    [Benchmark(Description = "SpamChecker.Check (all signals, one-pass word list, model)")]
    public SpamVerdict FullCheck() => _checker.Check(_comment);

    [Benchmark(Baseline = true, Description = "naive loop: Contains per term on normalised text")]
    public int NaiveContainsLoop()
    {
        var hits = 0;
        foreach (var term in _termForms)
        {
            if (_normalizedContent.Contains(term, StringComparison.Ordinal))
            {
                hits++;
            }
        }
        return hits;
    }

    // Word-like terms built from Arabic and Latin letters with a fixed seed: the list's size and
    // shape (lengths 3-10, a fifth of them two-word phrases) matter here, not its meaning.
    private static string[] Terms(int count)
    {
        const string arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        const string latin = "abcdefghijklmnopqrstuvwxyz";
        var random = new Random(4);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        while (terms.Count < count)
        {
            var letters = terms.Count % 4 == 0 ? latin : arabic;
            var word = Word(random, letters);
            terms.Add(terms.Count % 5 == 0 ? word + " " + Word(random, letters) : word);
        }
        return [.. terms];
    }

    private static string Word(Random random, string letters)
        => new(Enumerable.Range(0, random.Next(3, 11)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
}
