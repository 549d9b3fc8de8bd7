using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

// What a retrained model learns from, without I/O: the corpus train split (never its test part,
// which the evaluation keeps honest) plus what moderators decided. Only a moderator's decision is a
// label: a comment the rules marked spam and nobody looked at would teach the model its own rules.
public static class TrainingExamples
{
    // A moderator's decision counts as this many corpus rows: it is on this site's own comments and
    // it is the newest, so five decisions on a new campaign outweigh its absence from the corpus. The
    // hold threshold is set afterwards on held-out rows, so the weight cannot raise the ham held.
    public const int ModeratorWeight = 3;

    public static bool DecidedByModerator(StoredComment comment)
        => comment.History.Any(h => h.By != HistoryEntry.SystemActor);

    public static (List<(string Text, bool IsSpam)> Examples, TrainingCounts Counts) From(
        IEnumerable<CorpusRow> corpus, IEnumerable<StoredComment> approved, IEnumerable<StoredComment> spam)
    {
        var examples = corpus.Where(r => !r.IsTest).Select(r => (r.Content, r.IsSpam)).ToList();
        var spamCount = examples.Count(e => e.IsSpam);
        var hamCount = examples.Count - spamCount;
        var fromModerators = 0;
        foreach (var (comments, isSpam) in new[] { (approved, false), (spam, true) })
        {
            foreach (var comment in comments.Where(DecidedByModerator))
            {
                examples.AddRange(Enumerable.Repeat((comment.Content, isSpam), ModeratorWeight));
                fromModerators++;
                spamCount += isSpam ? 1 : 0;
                hamCount += isSpam ? 0 : 1;
            }
        }
        return (examples, new TrainingCounts(hamCount, spamCount, fromModerators));
    }
}
