using System.Globalization;

namespace NewsFunctions.Spam;

// Adds up what the rule pack found in one comment: the strongest term of each category counts once,
// so a news comment that names a topic many times ("قروض", "القروض", "قرض") weighs no more than one
// mention, while a promotion that combines a topic, an offer and a call to action adds up.
internal sealed class PromotionTally(RulePack pack)
{
    private readonly Dictionary<int, TermMatch> _strongest = [];

    public void Add(TermMatch match)
    {
        if (!_strongest.TryGetValue(match.Category, out var current) || match.Weight > current.Weight)
        {
            _strongest[match.Category] = match;
        }
    }

    public double Score => _strongest.Values.Sum(m => m.Weight);

    // Two categories at least: one strong phrase alone ("حبوب التخسيس") is as likely a reader
    // discussing the news as a seller.
    public bool IsPromotion => _strongest.Count >= 2 && Score >= pack.PromotionThreshold;

    public bool Has(RuleRole role) => _strongest.Keys.Any(c => pack.Categories[c].Role == role);

    // "a channel word and a call to action" is a contact even without a number or a link:
    // "راسلني واتساب", "DM me on insta".
    public bool SolicitsContact => Has(RuleRole.Channel) && Has(RuleRole.Action);

    // Names the topic first (what is sold), then the generic cues, strongest first.
    public string Describe()
    {
        var parts = _strongest
            .OrderBy(kv => pack.Categories[kv.Key].Role == RuleRole.Topic ? 0 : 1)
            .ThenByDescending(kv => kv.Value.Weight)
            .Select(kv => $"{pack.Categories[kv.Key].Label}: {kv.Value.Term}");
        return string.Join(", ", parts);
    }

    public string ScoreText => Score.ToString("0.0#", CultureInfo.InvariantCulture);
}
