using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

// Retrains the spam model without a deploy: corpus train split plus moderators' latest decisions.
public sealed class SpamModelTrainer(
    ICommentStore comments,
    ISpamModelStore store,
    SpamModelCache models,
    TimeProvider clock,
    ILogger<SpamModelTrainer> logger)
{
    // The newest decisions of each kind: enough to follow a campaign, bounded so a retrain reads at
    // most this many comments per status (plus the status partition's keys).
    public const int MaxDecisionsPerStatus = 5_000;

    // Shipped beside the app: NewsFunctions.csproj copies bench/corpus/comments.tsv to the output.
    private static readonly Lazy<IReadOnlyList<CorpusRow>> Corpus =
        new(() => SpamCorpus.Load(Path.Combine(AppContext.BaseDirectory, "TrainingCorpus", "comments.tsv")));

    public async Task<SpamModelInfo> RetrainAsync(CancellationToken cancellationToken)
    {
        var approved = await comments.LatestByStatusAsync(CommentStatuses.Approved, MaxDecisionsPerStatus, cancellationToken);
        var spam = await comments.LatestByStatusAsync(CommentStatuses.Spam, MaxDecisionsPerStatus, cancellationToken);
        var (examples, counts) = TrainingExamples.From(Corpus.Value, approved, spam);
        var model = SpamModel.Train(examples);
        var info = await store.SaveAsync(model, counts, clock.GetUtcNow(), cancellationToken);

        models.Use(model, info);
        logger.LogInformation("Spam model {Version} trained on {Ham} ham and {Spam} spam, {FromModerators} from moderators",
            info.Version, counts.Ham, counts.Spam, counts.FromModerators);
        return info;
    }
}
