using System.Globalization;

namespace NewsFunctions.Spam;

// Built once per SpamRules (the site's words and the rule pack are compiled into one automaton),
// then immutable and safe to share between threads. Clear rules decide clear cases; the model and
// suspicion alone can only hold a comment, and a trusted reader skips the holds suspicion causes.
public sealed class SpamChecker
{
    // The hold threshold of a model file that does not carry its own.
    public const double ModelHoldThreshold = 0.999;

    // Shorter texts ("الله يرحمه", "well said") are posted by many honest readers at once, so they
    // never count as the same text under other names.
    public const int MinDuplicateLetters = 25;

    private readonly SpamRules _rules;
    private readonly RulePack _pack;
    private readonly SpamModel? _model;
    private readonly bool _modelMayHold;
    private readonly TermMatcher _terms;
    private readonly int _offerCategory;

    // modelMayHold: false lets the model add to the score without holding a comment on its own.
    public SpamChecker(SpamRules rules, SpamModel? model = null, bool modelMayHold = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _pack = rules.RulePack;
        _model = model;
        _modelMayHold = modelMayHold;
        _terms = new TermMatcher(rules.BannedWords, rules.SuspectWords, _pack.TermsOf(rules.IsCategoryOn));
        _offerCategory = rules.IsCategoryOn("offer") ? IndexOf(_pack, "offer") : -1;
    }

    public SpamVerdict Check(CommentText comment) => Check(comment, RecentActivity.None);

    public SpamVerdict Check(CommentText comment, RecentActivity recent)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(recent);
        var signals = new SpamSignals(recent.TrustedReader);

        if (!string.IsNullOrWhiteSpace(comment.Honeypot))
        {
            signals.Decisive("hidden form field filled in (people never see it, bots fill it)");
        }

        var content = comment.Content ?? "";
        var (search, quoted, tally, contacts) = Read(comment.Author, content, signals);
        CheckLinks(contacts, comment.Website, signals);
        var logOdds = _model?.LogOddsOfSearchForm(quoted?.Unquoted() ?? search.Text);
        var probability = logOdds is { } l ? SpamModel.Probability(l) : (double?)null;
        CheckPromotion(tally, contacts, comment.Website, probability, signals);
        CharacterChecks.Check(TextSignals.ReadOriginal(content), search, signals);

        var others = search.Letters >= MinDuplicateLetters ? recent.OtherAuthorsWithSameText : 0;
        if (others >= 2)
        {
            signals.Decisive($"the same text was posted under {others} other names recently");
        }
        else if (others == 1)
        {
            signals.Suspicion("the same text was posted under another name recently");
        }

        if (probability is { } p)
        {
            var cued = HasCue(tally, contacts);
            // A contact alone both lowers the threshold and lifts the score (digits read as spam), so
            // for a trusted reader it corroborates only a hold the model reached without that help.
            var corroborated = tally.Sells || tally.SolicitsContact || (contacts.Any(c => !c.Trusted) && logOdds >= _model!.HoldLogOdds);
            var holds = _modelMayHold && (logOdds >= _model!.HoldLogOdds || (cued && logOdds >= _model.CueHoldLogOdds));
            signals.Model(p, holds
                ? $"reads like the spam the model was trained on ({p.ToString("0.000", CultureInfo.InvariantCulture)}){(cued && logOdds < _model!.HoldLogOdds ? ", beside offer words or a contact" : "")}"
                : null, corroborated);
        }

        return signals.Verdict();
    }

    private static int IndexOf(RulePack pack, string category)
    {
        for (var i = 0; i < pack.Categories.Count; i++)
        {
            if (pack.Categories[i].Name == category)
            {
                return i;
            }
        }
        return -1;
    }

    private void AddCouponCode(string content, PromotionTally tally)
    {
        if (_offerCategory >= 0 && CouponCodes.Find(content) is { } code)
        {
            tally.Add(new TermMatch($"code {code}", TermKind.Rule, Category: _offerCategory, Weight: 1.0));
        }
    }

    // A promotion cue of any weight or a contact: what lets the model hold at its lower threshold.
    private static bool HasCue(PromotionTally tally, List<FoundContact> contacts)
        => tally.Score > 0 || tally.SolicitsContact || contacts.Any(c => !c.Trusted);

    // For calibrating CueHoldLogOdds: whether this checker sees a cue in a comment's text.
    internal bool HasCue(string content)
    {
        var (_, _, tally, contacts) = Read(null, content, new SpamSignals(false));
        return HasCue(tally, contacts);
    }

    // What the words and contacts of a comment say, read once the same way for Check and for the
    // model's calibration.
    private (SearchText Search, QuotedPhrases? Quoted, PromotionTally Tally, List<FoundContact> Contacts) Read(
        string? author, string content, SpamSignals signals)
    {
        var normalized = TextNormalizer.ForMatching(content);
        var search = SearchForm.Build(normalized);
        var tally = new PromotionTally(_pack);
        var quoted = QuotedPhrases.Find(search.Text);
        CheckWords(author, search, quoted, signals, tally);
        AddCouponCode(content, tally);
        var contacts = ContactFinder.Find(content, normalized);
        if (quoted is not null)
        {
            // "check my profile" in quotation marks is the spam a reader complains about.
            contacts.RemoveAll(c => c.Kind == ContactKind.ProfilePointer && IsOnlyQuoted(c.Value, quoted));
        }
        return (search, quoted, tally, contacts);
    }

    private void CheckWords(string? author, SearchText search, QuotedPhrases? quoted, SpamSignals signals, PromotionTally tally)
    {
        if (_terms.Count == 0)
        {
            return;
        }
        // Pack terms count only outside quotations; the site's own words count wherever they stand.
        var found = new List<TermMatch>();
        _terms.FindAll(quoted?.Outside ?? search.Text, search.Joined, found);
        if (quoted is not null)
        {
            var inside = new List<TermMatch>();
            foreach (var quotation in quoted.Inside)
            {
                _terms.FindAll(quotation, null, inside);
            }
            found.AddRange(inside.Where(m => m.Kind != TermKind.Rule && !found.Contains(m)));
        }
        if (!string.IsNullOrEmpty(author))
        {
            // Spam often sits in the name ("كازينو اون لاين"), which is shown next to the comment.
            var authorSearch = SearchForm.Build(TextNormalizer.ForMatching(author));
            _terms.FindAll(authorSearch.Text, authorSearch.Joined, found);
        }

        foreach (var match in found)
        {
            switch (match.Kind)
            {
                // One edit away from a listed word holds rather than decides: it may be another word.
                case TermKind.Banned when match.Near:
                    signals.Hold($"near spelling of banned word: {match.Term}");
                    break;
                case TermKind.Banned:
                    signals.Decisive($"banned word: {match.Term}");
                    break;
                case TermKind.Suspect:
                    signals.Hold($"{(match.Near ? "near spelling of suspect word" : "suspect word")}: {match.Term}");
                    break;
                default:
                    tally.Add(match);
                    break;
            }
        }
    }

    private void CheckLinks(List<FoundContact> contacts, string? website, SpamSignals signals)
    {
        if (!string.IsNullOrWhiteSpace(website))
        {
            // The website field is allowed one link, but not a shortener or a messenger contact.
            var field = TextNormalizer.ForMatching(website);
            contacts.AddRange(ContactFinder.Find(website, field).Where(c => c.Kind is ContactKind.Shortener or ContactKind.Messenger));
        }

        var links = contacts.Count(c => c.Kind is ContactKind.Link or ContactKind.Shortener or ContactKind.Messenger);
        if (links > _rules.MaxLinks)
        {
            signals.Suspicion($"{links} links, more than {_rules.MaxLinks} allowed");
        }
        foreach (var host in contacts.Where(c => c.Kind == ContactKind.Shortener).Select(c => c.Value).Distinct())
        {
            signals.Hold($"link shortener hides where it leads: {host}");
        }
        foreach (var host in contacts.Where(c => c.Kind == ContactKind.Messenger).Select(c => c.Value).Distinct())
        {
            signals.Hold($"messaging contact link: {host}");
        }
    }

    // Promotion plus a way to reach the seller is spam; promotion alone is held, and so is a
    // contact from a reader nobody knows yet (a trusted reader's source link is no signal).
    private void CheckPromotion(
        PromotionTally tally, List<FoundContact> contacts, string? website, double? probability, SpamSignals signals)
    {
        var contact = contacts.FirstOrDefault(c => !c.Trusted);
        var contactText = contact is not null ? Describe(contact)
            : tally.SolicitsContact ? "asks to be contacted on a messaging channel"
            : !string.IsNullOrWhiteSpace(website) ? $"website field: {website.Trim()}"
            : null;

        if (tally.IsPromotion)
        {
            if (contactText is not null)
            {
                signals.Decisive($"promotion with a contact ({tally.Describe()}; {contactText})");
            }
            else if (tally.Has(RuleRole.Counter))
            {
                // Offer words beside a warning, with no way to reach anyone: a reader writing about
                // a scam ("the online casino ads", "they promised guaranteed profit").
                signals.Weak($"promotion words beside a warning, and no contact ({tally.Describe()})");
            }
            else
            {
                signals.Hold($"reads as a promotion ({tally.Describe()})");
            }
            return;
        }
        // "site dot com", hxxp, a number in words: nobody hides a contact from a filter by accident,
        // so this holds even a trusted reader's comment.
        if (contacts.Find(c => c.Obfuscated) is { } hidden)
        {
            signals.Hold($"contact written to slip past filters ({Describe(hidden)})");
        }
        else if (contact is not null && contact.Kind is not (ContactKind.Shortener or ContactKind.Messenger))
        {
            // A number, a handle or "write to me in private" beside offer words holds whoever writes
            // it: a trusted account that starts selling is how a campaign outlives its bans.
            if (contact.Kind != ContactKind.Link && tally.Sells)
            {
                signals.Hold($"{Describe(contact)} beside offer words ({tally.Describe()})");
            }
            else if (contact.Kind != ContactKind.Link || tally.Score > 0 || probability >= 0.5)
            {
                signals.Suspicion($"{Describe(contact)} from a reader with no approved comment yet");
            }
        }
        // "ادخلوا موقع البنك المركزي" beside the bank's own link sends readers to a source.
        else if (tally.SolicitsContact && contacts.Count > 0 && contacts.TrueForAll(c => c.Trusted))
        {
            return;
        }
        else if (tally.SolicitsContact && tally.Sells)
        {
            signals.Hold($"{contactText} ({tally.Describe()})");
        }
        else if (tally.SolicitsContact)
        {
            signals.Suspicion($"{contactText} ({tally.Describe()})");
        }
    }

    private static bool IsOnlyQuoted(string phrase, QuotedPhrases quoted)
        => !quoted.Outside.Contains(phrase, StringComparison.Ordinal)
            && quoted.Inside.Any(q => q.Contains(phrase, StringComparison.Ordinal));

    private static string Describe(FoundContact contact) => contact.Kind switch
    {
        ContactKind.Phone => $"phone number: {contact.Value}",
        ContactKind.Email => $"email address at {contact.Value}",
        ContactKind.Handle => $"account handle: {contact.Value}",
        ContactKind.Messenger => $"messaging contact link: {contact.Value}",
        ContactKind.Shortener => $"link shortener hides where it leads: {contact.Value}",
        ContactKind.ProfilePointer => $"points to a profile or private message: {contact.Value}",
        ContactKind.Wallet => $"crypto wallet address: {contact.Value}",
        _ => $"link: {contact.Value}",
    };
}
