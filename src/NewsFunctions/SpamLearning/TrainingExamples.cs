using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

// What a retrained model learns from, without I/O: the corpus train split (never its test part,
// which the evaluation keeps honest) plus what moderators decided. Only a moderator's decision is a
// label: a comment the rules marked spam and nobody looked at would teach the model its own rules.
public static class TrainingExamples
{
    public static bool DecidedByModerator(StoredComment comment)
        => comment.History.Any(h => h.By != HistoryEntry.SystemActor);

    public static (List<(string Text, bool IsSpam)> Examples, TrainingCounts Counts) From(
        IEnumerable<CorpusRow> corpus, IEnumerable<StoredComment> approved, IEnumerable<StoredComment> spam)
    {
        var examples = corpus.Where(r => !r.IsTest).Select(r => (r.Content, r.IsSpam)).ToList();
        var fromModerators = 0;
        foreach (var (comments, isSpam) in new[] { (approved, false), (spam, true) })
        {
            foreach (var comment in comments.Where(DecidedByModerator))
            {
                examples.Add((comment.Content, isSpam));
                fromModerators++;
            }
        }

        var spamCount = examples.Count(e => e.IsSpam);
        return (examples, new TrainingCounts(examples.Count - spamCount, spamCount, fromModerators));
    }
}
