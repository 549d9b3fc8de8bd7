using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

// Retrains the spam model without a deploy: the shipped training rows plus moderators' latest
// decisions, calibrated on the written sets' held-out rows like the default model, and put in use
// only if it is no worse than the model in use on those rows.
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

    // The cue threshold is calibrated with the default rules: a site's own words are not a cue.
    private static readonly SpamChecker CueReader = new(new SpamRules(2, [], []));

    // Shipped beside the app: NewsFunctions.csproj copies bench/corpus's training sets to the output.
    private static readonly Lazy<(IReadOnlyList<CorpusRow> Training, List<(string, bool)> HeldOut)> Corpus = new(() =>
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TrainingCorpus");
        return (SpamCorpus.LoadTraining(directory),
            SpamCorpus.LoadCalibration(directory).Select(r => (r.Content, r.IsSpam)).ToList());
    });

    public async Task<RetrainResult> RetrainAsync(CancellationToken cancellationToken)
    {
        var approved = await comments.LatestByStatusAsync(CommentStatuses.Approved, MaxDecisionsPerStatus, cancellationToken);
        var spam = await comments.LatestByStatusAsync(CommentStatuses.Spam, MaxDecisionsPerStatus, cancellationToken);
        var (training, heldOut) = Corpus.Value;
        var (examples, counts) = TrainingExamples.From(training, approved, spam);
        var candidate = SpamModel.Train(examples).CalibratedOn(heldOut, SpamCorpus.CalibrationHamHeld, CueReader.HasCue);
        var inUse = await models.GetAsync(cancellationToken);
        var candidateScore = HeldOutScore.Of(candidate, heldOut);
        var currentScore = HeldOutScore.Of(inUse.Model, heldOut);

        if (!candidateScore.MayReplace(currentScore))
        {
            logger.LogWarning("Retrained spam model kept out: it holds {CandidateSpam} of {Spam} held-out spam and {CandidateHam} ham, the model in use {CurrentSpam} and {CurrentHam}",
                candidateScore.SpamHeld, candidateScore.Spam, candidateScore.HamHeld, currentScore.SpamHeld, currentScore.HamHeld);
            return new RetrainResult(false, "the new model holds less held-out spam or more held-out ham than the model in use",
                counts, inUse.Info.Version, inUse.Info.TrainedAt, candidateScore, currentScore);
        }

        var info = await store.SaveAsync(candidate, counts, clock.GetUtcNow(), cancellationToken);
        models.Use(candidate, info);
        logger.LogInformation("Spam model {Version} trained on {Ham} ham and {Spam} spam, {FromModerators} from moderators",
            info.Version, counts.Ham, counts.Spam, counts.FromModerators);
        return new RetrainResult(true, "the new model does at least as well on held-out comments", counts, info.Version, info.TrainedAt,
            candidateScore, currentScore);
    }
}
