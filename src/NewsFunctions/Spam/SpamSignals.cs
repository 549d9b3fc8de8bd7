namespace NewsFunctions.Spam;

// Collects reasons and turns them into a level and a 0..1 score. A decisive signal makes spam, and
// so do two separate firm holds (a shortener and a messenger link rarely meet in honest comments;
// a promotion without a contact is a firm hold too).
// Suspicion holds (a new reader's contact, the model, one other author) hold a new
// reader's comment but never add up to spam, and a trusted reader's comment skips them: they stay
// in the reasons and the score.
internal sealed class SpamSignals(bool trustedReader)
{
    private const double HoldWeight = 0.6;
    private const double WeakWeight = 0.15;

    private readonly List<string> _reasons = [];
    private int _decisive;
    private int _holds;
    private int _suspicions;
    private bool _modelHold;
    private double _clean = 1;

    public void Decisive(string reason)
    {
        Add(reason, 1);
        _decisive++;
    }

    public void Hold(string reason)
    {
        Add(reason, HoldWeight);
        _holds++;
    }

    public void Suspicion(string reason)
    {
        if (trustedReader)
        {
            Weak($"{reason} (not held: the reader has approved comments)");
            return;
        }
        Add(reason, HoldWeight);
        _suspicions++;
    }

    public void Weak(string reason) => Add(reason, WeakWeight);

    // corroborated: the comment also leaves a contact or sells something, so the model's hold is
    // more than suspicion and holds a trusted reader too.
    public void Model(double probability, string? holdReason, bool corroborated)
    {
        _clean *= 1 - (probability * HoldWeight);
        if (holdReason is not null && (!trustedReader || corroborated))
        {
            _modelHold = true;
            _reasons.Add(holdReason);
        }
    }

    public SpamVerdict Verdict()
    {
        var score = 1 - _clean;
        if (_decisive > 0 || _holds >= 2)
        {
            return new SpamVerdict(SpamLevel.Spam, Math.Max(score, 0.9), _reasons);
        }
        if (_holds > 0 || _suspicions > 0 || _modelHold)
        {
            return new SpamVerdict(SpamLevel.Suspect, Math.Clamp(score, 0.5, 0.89), _reasons);
        }
        return new SpamVerdict(SpamLevel.Clean, Math.Min(score, 0.49), _reasons);
    }

    private void Add(string reason, double weight)
    {
        _reasons.Add(reason);
        _clean *= 1 - weight;
    }
}
