using BenchmarkDotNet.Attributes;
using NewsFunctions.Spam;

// The check's parts on the same comment and lists as SpamCheckBenchmarks, so a change to one part
// shows where the whole check's time goes. Each part gets the inputs the check gives it.
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class SpamCheckPartsBenchmarks
{
    private readonly SpamCheckBenchmarks _whole = new();
    private TermMatcher _terms = null!;
    private SpamModel _model = null!;
    private string _content = "";
    private string _normalized = "";
    private SearchText _search;

    [GlobalSetup]
    public void Setup()
    {
        _whole.Setup();
        _content = _whole.Content;
        var rules = new SpamRules(2, _whole.TermList, []);
        _terms = new TermMatcher(rules.BannedWords, rules.SuspectWords, rules.RulePack.TermsOf(rules.IsCategoryOn));
        _model = SpamModel.Default;
        _normalized = TextNormalizer.ForMatching(_content);
        _search = SearchForm.Build(_normalized);
    }

    [Benchmark(Baseline = true, Description = "whole check")]
    public SpamVerdict Whole() => _whole.FullCheck();

    [Benchmark(Description = "normalisation (ForMatching)")]
    public string Normalise() => TextNormalizer.ForMatching(_content);

    [Benchmark(Description = "search form")]
    public int Search() => SearchForm.Build(_normalized).Letters;

    [Benchmark(Description = "word list (all terms, split words, near spellings)")]
    public int Words()
    {
        var found = new List<TermMatch>();
        _terms.FindAll(QuotedPhrases.Find(_search.Text)?.Outside ?? _search.Text, _search.Joined, found);
        return found.Count;
    }

    [Benchmark(Description = "contacts and links")]
    public int Contacts() => ContactFinder.Find(_content, _normalized).Count;

    [Benchmark(Description = "model")]
    public double Model() => _model.LogOddsOfSearchForm(_search.Text);

    [Benchmark(Description = "character checks")]
    public SpamVerdict Characters()
    {
        var signals = new SpamSignals(false);
        CharacterChecks.Check(TextSignals.ReadOriginal(_content), _search, signals);
        return signals.Verdict();
    }
}
