namespace NewsFunctions.Spam;

// Adds up what the rule pack found in one comment: the strongest term of each category counts once,
// so a news comment that names a topic many times ("قروض", "القروض", "قرض") weighs no more than one
// mention, while a promotion that combines a topic, an offer and a call to action adds up.
internal sealed class PromotionTally(RulePack pack)
{
    private readonly Dictionary<int, TermMatch> _strongest = [];
    private readonly List<TermMatch> _warnings = [];
    private readonly List<string> _promotingTerms = [];

    public void Add(TermMatch match)
    {
        // Warnings wait until every term is in: "نصب" inside "مش نصب" is the seller's own denial.
        if (pack.Categories[match.Category].Role == RuleRole.Counter)
        {
            _warnings.Add(match);
            return;
        }
        _promotingTerms.Add(match.Term);
        if (!_strongest.TryGetValue(match.Category, out var current) || match.Weight > current.Weight)
        {
            _strongest[match.Category] = match;
        }
    }

    // Channel words only say how to reach someone ("تباع بالانستقرام" is news too), so they count
    // toward a contact (SolicitsContact), not toward a promotion.
    public double Score => Promoting.Sum(m => m.Weight) - Countering.Sum(m => m.Weight);

    // Two categories at least: one strong topic phrase alone ("حبوب التخسيس") is as likely a reader
    // discussing the news as a seller. A seller's own phrase ("الدفع عند الاستلام") is enough alone.
    // And one cue of weight StrongCue at least: four everyday words ("كيلو", "راتب", "اسعار", "والله")
    // add up to the threshold in a complaint about prices, never in a promotion without a real cue.
    public bool IsPromotion => Score >= pack.PromotionThreshold
        && Promoting.Any(m => m.Weight >= StrongCue)
        && (Promoting.Count() >= 2 || Promoting.Any(m => m.Weight >= 1.0 && pack.Categories[m.Category].Role != RuleRole.Topic));

    private const double StrongCue = 0.5;

    private IEnumerable<TermMatch> Promoting
        => _strongest.Values.Where(m => pack.Categories[m.Category].Role is not (RuleRole.Channel or RuleRole.Counter));

    private IEnumerable<TermMatch> Countering
        => _warnings.Where(w => !_promotingTerms.Any(t => t.Length > w.Term.Length && t.Contains(w.Term, StringComparison.Ordinal)))
            .GroupBy(w => w.Category)
            .Select(g => g.MaxBy(w => w.Weight)!);

    public bool Has(RuleRole role) => role == RuleRole.Counter
        ? Countering.Any()
        : _strongest.Keys.Any(c => pack.Categories[c].Role == role);

    // "a channel word and a call to action" is a contact even without a number or a link:
    // "راسلني واتساب", "DM me on insta".
    public bool SolicitsContact => Has(RuleRole.Channel) && Has(RuleRole.Action);

    // Something is on offer (a topic, an offer, a testimony of gain) even if it does not add up to a
    // promotion: beside a phone or a request to write, that is a seller.
    // A weak topic word alone ("منتجات") is news as often as a sale.
    public bool Sells => Score > 0 && (Has(RuleRole.Offer) || Has(RuleRole.Testimonial) || (Has(RuleRole.Topic) && Score >= 0.4));

    // Names the topic first (what is sold), then the generic cues, strongest first.
    public string Describe()
    {
        var parts = _strongest
            .Where(kv => pack.Categories[kv.Key].Role != RuleRole.Counter)
            .OrderBy(kv => pack.Categories[kv.Key].Role == RuleRole.Topic ? 0 : 1)
            .ThenByDescending(kv => kv.Value.Weight)
            .Select(kv => $"{pack.Categories[kv.Key].Label}: {kv.Value.Term}");
        return string.Join(", ", parts);
    }
}
