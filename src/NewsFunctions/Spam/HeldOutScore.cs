namespace NewsFunctions.Spam;

// How a model does alone on comments it was not trained on: how many of the held-out spam and ham
// it would hold at its own threshold.
public sealed record HeldOutScore(int Spam, int SpamHeld, int Ham, int HamHeld)
{
    public static HeldOutScore Of(SpamModel model, IReadOnlyCollection<(string Text, bool IsSpam)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        int spam = 0, spamHeld = 0, ham = 0, hamHeld = 0;
        foreach (var (text, isSpam) in heldOut)
        {
            var held = model.LogOdds(text) >= model.HoldLogOdds;
            if (isSpam)
            {
                spam++;
                spamHeld += held ? 1 : 0;
            }
            else
            {
                ham++;
                hamHeld += held ? 1 : 0;
            }
        }
        return new HeldOutScore(spam, spamHeld, ham, hamHeld);
    }

    // A new model replaces the one in use only if it holds as much held-out spam, give or take three
    // comments in a hundred, and no more held-out ham than calibration allows: moderators' decisions
    // must not make the model worse at what it already did. Three in a hundred is the noise of a
    // threshold set on a couple of hundred ham rows: one more ham near the top moves it that much.
    public bool MayReplace(HeldOutScore current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var tolerance = (int)Math.Ceiling(Spam * 0.03);
        var hamAllowed = Math.Max(current.HamHeld, (int)(Ham * SpamCorpus.CalibrationHamHeld));
        return SpamHeld >= current.SpamHeld - tolerance && HamHeld <= hamAllowed;
    }
}
