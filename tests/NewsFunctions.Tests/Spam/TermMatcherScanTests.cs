using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// The word-start scan must find exactly what the automaton finds at every position, in the same
// order, on real comments: the automaton is still what reads spaced-out letters.
public class TermMatcherScanTests
{
    private static readonly IReadOnlyList<CorpusRow> Rows = Directory.GetFiles(SpamCorpus.FindDirectory(), "*.tsv")
        .Order(StringComparer.Ordinal)
        .SelectMany(SpamCorpus.Load)
        .ToList();

    [Fact]
    public void WordStartScan_OnEveryCorpusComment_FindsWhatTheAutomatonFinds()
    {
        var matcher = Matcher();
        var compared = 0;
        var withHits = 0;
        foreach (var row in Rows)
        {
            var search = SearchForm.Build(TextNormalizer.ForMatching(row.Content)).Text;
            var byAutomaton = new List<TermMatch>();
            var byWordStarts = new List<TermMatch>();
            matcher.FindWithAutomaton(search, null, byAutomaton);
            matcher.FindAtWordStarts(search, byWordStarts);

            Assert.True(byAutomaton.SequenceEqual(byWordStarts),
                $"{row.Id}: automaton [{string.Join(", ", byAutomaton.Select(m => m.Term))}], word starts [{string.Join(", ", byWordStarts.Select(m => m.Term))}]");
            compared++;
            withHits += byAutomaton.Count > 0 ? 1 : 0;
        }
        Assert.True(compared > 2_000, $"{compared} comments compared");
        Assert.True(withHits > compared / 3, $"only {withHits} of {compared} comments had a hit: the comparison would prove little");
    }

    [Theory]
    [InlineData("ab", "ab cd")]
    [InlineData("a", "x a b")]
    [InlineData("خمسة", "والخمسة")]
    [InlineData("كلمة طويلة جدا جدا جدا جدا جدا جدا جدا", "قال: كلمة طويلة جدا جدا جدا جدا جدا جدا جدا!")]
    [InlineData("18+", "محتوى 18+ هنا")]
    public void WordStartScan_ShortLongAndSymbolTerms_AreFoundLikeTheAutomatonFindsThem(string term, string text)
    {
        var matcher = new TermMatcher([term], []);
        var search = SearchForm.Build(TextNormalizer.ForMatching(text)).Text;
        var byAutomaton = new List<TermMatch>();
        var byWordStarts = new List<TermMatch>();
        matcher.FindWithAutomaton(search, null, byAutomaton);
        matcher.FindAtWordStarts(search, byWordStarts);

        Assert.NotEmpty(byAutomaton);
        Assert.Equal(byAutomaton, byWordStarts);
    }

    // The default rule pack, 2,000 words and word pairs taken from the comments themselves (so that
    // terms are hit inside words, behind prefixes and before endings) and long phrases.
    private static TermMatcher Matcher()
    {
        var pack = RulePack.Default.TermsOf(_ => true);
        var random = new Random(7);
        var words = Rows.SelectMany(r => r.Content.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
        var site = new HashSet<string>(StringComparer.Ordinal);
        while (site.Count < 2_000)
        {
            var word = words[random.Next(words.Length)];
            var cut = word.Length > 4 && random.Next(3) == 0 ? word[..^random.Next(1, 3)] : word;
            site.Add(random.Next(5) == 0 ? cut + " " + words[random.Next(words.Length)] : cut);
        }
        return new TermMatcher(site.Take(1_500), site.Skip(1_500), pack);
    }
}
