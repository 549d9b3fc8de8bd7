using NewsFunctions.Comments;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;

namespace NewsFunctions.Tests.SpamLearning;

public class TrainingExamplesTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private static StoredComment Decided(string content, string status, params string[] by)
        => new("01a224a3b5bb91d979d4baf1be35", "news-1", null, 1, "a", "a@example.com", "k", content, null, null, At, status, [], 0,
            by.Select(b => new HistoryEntry(At, "x", b)).ToList());

    private static CorpusRow Row(string id, bool isSpam) => new(id, isSpam, "en", "plain", "a", null, null, "text " + id);

    [Fact]
    public void Examples_OnlyModeratorsDecisionsCount_TheSystemsOwnAreNotLabels()
    {
        var approved = new[] { Decided("thanks", CommentStatuses.Approved, HistoryEntry.SystemActor, "moderator"), Decided("auto", CommentStatuses.Approved, HistoryEntry.SystemActor) };
        var spam = new[] { Decided("buy", CommentStatuses.Spam, HistoryEntry.SystemActor, "sara"), Decided("rule", CommentStatuses.Spam, HistoryEntry.SystemActor) };

        var (examples, counts) = TrainingExamples.From([], approved, spam);

        Assert.Equal(["thanks", "buy"], examples.Select(e => e.Text).Distinct());
        Assert.Equal(new TrainingCounts(1, 1, 2), counts);
    }

    [Fact]
    public void Examples_ModeratorsDecisionWeighsSeveralCorpusRows()
    {
        var spam = new[] { Decided("buy", CommentStatuses.Spam, HistoryEntry.SystemActor, "sara") };

        var (examples, _) = TrainingExamples.From([], [], spam);

        Assert.Equal(Enumerable.Repeat(("buy", true), TrainingExamples.ModeratorWeight), examples);
    }

    [Fact]
    public void Examples_CorpusGivesItsTrainSplitOnly()
    {
        var rows = Enumerable.Range(0, 40).Select(i => Row($"r{i}", i % 2 == 0)).ToList();

        var (examples, counts) = TrainingExamples.From(rows, [], []);

        Assert.Equal(rows.Where(r => !r.IsTest).Select(r => r.Content), examples.Select(e => e.Text));
        Assert.Contains(rows, r => r.IsTest);
        Assert.Equal(0, counts.FromModerators);
        Assert.Equal(examples.Count, counts.Ham + counts.Spam);
    }
}
