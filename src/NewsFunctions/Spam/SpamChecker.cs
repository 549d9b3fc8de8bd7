using System.Globalization;

namespace NewsFunctions.Spam;

// Built once per SpamRules (the word lists are compiled into one automaton), then immutable and safe
// to share between threads. Clear rules decide clear cases; the model can only hold a comment.
public sealed class SpamChecker
{
    // Above this the model alone holds a comment. Chosen by five-fold cross-validation on the corpus
    // train split (SpamEval "cv", docs/SPAM.md): Naive Bayes probabilities crowd near 0 and 1, and
    // at 0.999 no train ham was held while spam recall stayed the same as at 0.5.
    public const double ModelHoldThreshold = 0.999;

    // Shorter texts ("الله يرحمه", "well said") are posted by many honest readers at once, so they
    // never count as the same text under other names.
    public const int MinDuplicateLetters = 25;

    private const int InvisibleHold = 2;
    private const double CapitalShareFlag = 0.7;
    private const double HoldWeight = 0.6;
    private const double WeakWeight = 0.15;

    private readonly SpamRules _rules;
    private readonly SpamModel? _model;
    private readonly bool _modelMayHold;
    private readonly TermMatcher _terms;

    // modelMayHold: false lets the model add to the score without holding a comment on its own, for
    // a model that has not learnt from this site's moderators (see ModerationSettingsCache).
    public SpamChecker(SpamRules rules, SpamModel? model = null, bool modelMayHold = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _model = model;
        _modelMayHold = modelMayHold;
        _terms = new TermMatcher(rules.BannedWords, rules.SuspectWords);
    }

    public SpamVerdict Check(CommentText comment) => Check(comment, RecentActivity.None);

    public SpamVerdict Check(CommentText comment, RecentActivity recent)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(recent);
        var signals = new Signals();

        if (!string.IsNullOrWhiteSpace(comment.Honeypot))
        {
            signals.Decisive("hidden form field filled in (people never see it, bots fill it)");
        }

        var content = comment.Content ?? "";
        var normalized = TextNormalizer.ForMatching(content);
        var search = SearchForm.Build(normalized);
        CheckWords(comment.Author, search, signals);
        CheckLinks(content, normalized, comment.Website, signals);
        CheckCharacters(TextSignals.ReadOriginal(content), search, signals);

        var others = search.Letters >= MinDuplicateLetters ? recent.OtherAuthorsWithSameText : 0;
        if (others >= 2)
        {
            signals.Decisive($"the same text was posted under {others} other names recently");
        }
        else if (others == 1)
        {
            signals.Hold("the same text was posted under another name recently");
        }

        if (_model is not null)
        {
            var probability = _model.ScoreSearchForm(search.Text);
            signals.Model(probability, _modelMayHold && probability >= ModelHoldThreshold
                ? $"reads like the spam the model was trained on ({probability.ToString("0.000", CultureInfo.InvariantCulture)})"
                : null);
        }

        return signals.Verdict();
    }

    private void CheckWords(string? author, SearchText search, Signals signals)
    {
        if (_terms.Count == 0)
        {
            return;
        }
        var found = new List<TermMatch>();
        _terms.FindAll(search.Text, search.Joined, found);
        if (!string.IsNullOrEmpty(author))
        {
            // Spam often sits in the name ("كازينو اون لاين"), which is shown next to the comment.
            var authorSearch = SearchForm.Build(TextNormalizer.ForMatching(author));
            _terms.FindAll(authorSearch.Text, authorSearch.Joined, found);
        }

        foreach (var match in found)
        {
            if (match.Kind == TermKind.Banned)
            {
                signals.Decisive($"banned word: {match.Term}");
            }
            else
            {
                signals.Hold($"suspect word: {match.Term}");
            }
        }
    }

    private void CheckLinks(string content, string normalized, string? website, Signals signals)
    {
        var contacts = ContactFinder.Find(content, normalized);
        var links = contacts.Where(IsLink).ToList();
        if (!string.IsNullOrWhiteSpace(website))
        {
            // The website field is allowed one link, but not a shortener or a messenger contact.
            links.AddRange(ContactFinder.Find(website, TextNormalizer.ForMatching(website))
                .Where(c => c.Kind is ContactKind.Shortener or ContactKind.Messenger));
        }

        var inText = links.Count;
        if (inText > _rules.MaxLinks)
        {
            signals.Hold($"{inText} links, more than {_rules.MaxLinks} allowed");
        }
        foreach (var host in links.Where(l => l.Kind == ContactKind.Shortener).Select(l => l.Value).Distinct())
        {
            signals.Hold($"link shortener hides where it leads: {host}");
        }
        foreach (var host in links.Where(l => l.Kind == ContactKind.Messenger).Select(l => l.Value).Distinct())
        {
            signals.Hold($"messaging contact link: {host}");
        }

        var phone = contacts.Find(c => c.Kind == ContactKind.Phone);
        if (phone is not null)
        {
            signals.Hold($"phone number: {phone.Value}");
        }
    }

    private static bool IsLink(FoundContact contact)
        => contact.Kind is ContactKind.Link or ContactKind.Shortener or ContactKind.Messenger;

    private static void CheckCharacters(TextSignals.OriginalFacts original, SearchText normalized, Signals signals)
    {
        if (original.BidiControls > 0)
        {
            signals.Hold($"{original.BidiControls} bidi control characters, which can make text display reversed");
        }
        if (original.Invisible >= InvisibleHold)
        {
            signals.Hold($"{original.Invisible} invisible characters hidden inside words");
        }
        else if (original.Invisible == 1)
        {
            signals.Weak("an invisible character hidden inside a word");
        }
        if (normalized.MixedScriptWord is { } mixed)
        {
            signals.Hold($"word mixes Latin with look-alike Cyrillic or Greek letters: {mixed}");
        }

        if (normalized.StretchedRun is { } stretched)
        {
            signals.Weak($"letters stretched by repetition ({stretched})");
        }
        if (normalized.PunctuationRun is { } punctuation)
        {
            signals.Weak($"punctuation repeated ({punctuation})");
        }
        if (original.CapitalShare >= CapitalShareFlag)
        {
            signals.Weak($"mostly capital letters ({original.CapitalShare.Value.ToString("P0", CultureInfo.InvariantCulture)} of Latin letters)");
        }
    }

    // Collects reasons and turns them into a level and a 0..1 score. A decisive signal makes spam,
    // so do two separate hold signals (a phone number and a shortener rarely meet in honest comments).
    private sealed class Signals
    {
        private readonly List<string> _reasons = [];
        private int _decisive;
        private int _holds;
        private bool _modelHold;
        private double _clean = 1;

        public void Decisive(string reason) => Add(reason, 1, ref _decisive);

        public void Hold(string reason) => Add(reason, HoldWeight, ref _holds);

        public void Weak(string reason)
        {
            _reasons.Add(reason);
            _clean *= 1 - WeakWeight;
        }

        public void Model(double probability, string? holdReason)
        {
            _clean *= 1 - (probability * HoldWeight);
            if (holdReason is not null)
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
            if (_holds > 0 || _modelHold)
            {
                return new SpamVerdict(SpamLevel.Suspect, Math.Clamp(score, 0.5, 0.89), _reasons);
            }
            return new SpamVerdict(SpamLevel.Clean, Math.Min(score, 0.49), _reasons);
        }

        private void Add(string reason, double weight, ref int counter)
        {
            _reasons.Add(reason);
            _clean *= 1 - weight;
            counter++;
        }
    }
}
