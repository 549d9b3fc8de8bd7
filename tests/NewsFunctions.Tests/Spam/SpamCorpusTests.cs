using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// Holds the engine to the targets on the held-out test split of bench/corpus. This test can
// fail: that is the point of it.
public class SpamCorpusTests
{
    private static readonly string CorpusDirectory = SpamCorpus.FindDirectory();

    [Fact]
    public void Check_CorpusTestSplit_MeetsRecallAndFalsePositiveTargets()
    {
        var rows = SpamCorpus.Load(Path.Combine(CorpusDirectory, "comments.tsv")).Where(r => r.IsTest).ToList();
        var checker = new SpamChecker(SpamCorpus.LoadRules(Path.Combine(CorpusDirectory, "rules.json")), SpamModel.Default);
        var recent = SpamCorpus.RecentActivityWithin(rows);

        var caught = rows.Select(r => (r.IsSpam, Caught: checker.Check(r.Comment, recent(r)).Level != SpamLevel.Clean)).ToList();

        var spam = caught.Where(c => c.IsSpam).ToList();
        var ham = caught.Where(c => !c.IsSpam).ToList();
        var recall = (double)spam.Count(c => c.Caught) / spam.Count;
        var hamFalsePositiveRate = (double)ham.Count(c => c.Caught) / ham.Count;
        Assert.True(spam.Count >= 90 && ham.Count >= 90, $"test split too small: {spam.Count} spam, {ham.Count} ham");
        Assert.True(recall >= 0.95, $"spam recall {recall:P1} is below 95%");
        Assert.True(hamFalsePositiveRate <= 0.005, $"ham false-positive rate {hamFalsePositiveRate:P1} is above 0.5%");
    }

    [Fact]
    public void Check_CorpusTestSplit_CatchesEveryEvasionType()
    {
        var rows = SpamCorpus.Load(Path.Combine(CorpusDirectory, "comments.tsv")).Where(r => r.IsTest && r.IsSpam).ToList();
        var checker = new SpamChecker(SpamCorpus.LoadRules(Path.Combine(CorpusDirectory, "rules.json")), SpamModel.Default);
        var recent = SpamCorpus.RecentActivityWithin(rows);

        var missedKinds = rows
            .GroupBy(r => r.Kind)
            .Where(g => g.Count(r => checker.Check(r.Comment, recent(r)).Level != SpamLevel.Clean) < g.Count() * 0.9)
            .Select(g => g.Key)
            .ToList();

        Assert.NotEmpty(rows);
        Assert.Empty(missedKinds);
    }

    [Fact]
    public void Load_Corpus_HasBothLabelsInBothLanguagesAndADeterministicSplit()
    {
        var rows = SpamCorpus.Load(Path.Combine(CorpusDirectory, "comments.tsv"));

        Assert.True(rows.Count(r => r.IsSpam) >= 300 && rows.Count(r => !r.IsSpam) >= 300);
        Assert.Contains(rows, r => r.Language == "en");
        Assert.All(rows.GroupBy(r => r.Campaign), g => Assert.Single(g.Select(r => r.IsTest).Distinct()));
    }
}
