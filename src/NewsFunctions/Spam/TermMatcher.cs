using System.Buffers;
using static NewsFunctions.Spam.WordAffixes;

namespace NewsFunctions.Spam;

// Rule-pack terms and the site's banned and suspect words, whatever the list size: each place a
// term may start is tried with the lengths the terms' heads allow, looked up in a dictionary, and
// kept only if its word boundaries pass.
internal sealed partial class TermMatcher
{
    private const int MinJoinedTermLength = 4;

    private readonly SearchValues<string>? _search;
    private readonly Dictionary<string, TermMatch> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermMatch>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;
    private readonly TermHeads? _heads;
    private readonly BitFilter _nearEnds = new();

    // Terms of six letters or more, by their first and by their last three letters: one edit
    // leaves at least one of those ends intact, so a word is compared letter by letter only with
    // the few terms that share an end with it.
    private readonly Dictionary<long, List<(string Form, TermMatch Match)>> _byHead = [];
    private readonly Dictionary<long, List<(string Form, TermMatch Match)>> _byTail = [];

    public TermMatcher(IEnumerable<string> banned, IEnumerable<string> suspect, IEnumerable<PackTerm>? pack = null)
    {
        // Pack terms, then suspect, then banned, so the site's own lists win: a word on both lists
        // ends up banned, and a pack term the site lists is the site's.
        foreach (var term in pack ?? [])
        {
            Add(term.Term, new TermMatch(term.Term.Trim(), TermKind.Rule, Category: term.Category, Weight: term.Weight));
        }
        foreach (var term in suspect)
        {
            Add(term, new TermMatch(term.Trim(), TermKind.Suspect));
        }
        foreach (var term in banned)
        {
            Add(term, new TermMatch(term.Trim(), TermKind.Banned));
        }

        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = _terms.Keys.Select(k => k.Length).Distinct().OrderDescending().ToArray();
        foreach (var (form, match) in _terms)
        {
            // Of the pack, only the strong single words: near spellings of its weaker, commoner
            // terms are other words too often ("الخبر" is one letter from "الخبير").
            if (form.Length >= MinFuzzyTermLength && !match.JoinedOnly && form.All(CharKinds.IsLetter)
                && (match.Kind != TermKind.Rule || match.Weight >= 1.0))
            {
                Index(_byHead, EndKey(form.AsSpan(0, 3)), form, match);
                Index(_byTail, EndKey(form.AsSpan(form.Length - 3)), form, match);
            }
        }
        if (_terms.Count > 0)
        {
            _search = SearchValues.Create([.. _terms.Keys.Select(ScanForm).Distinct()], StringComparison.Ordinal);
            _heads = new TermHeads(_terms.Keys);
        }
    }

    public int Count => _terms.Count;

    public void FindAll(string searchText, List<(int Start, int End)>? joined, List<TermMatch> found)
    {
        if (_search is null)
        {
            return;
        }
        if (joined is { Count: > 0 })
        {
            FindWithAutomaton(searchText, joined, found);
        }
        else
        {
            ScanWordStarts(searchText, found);
        }
        FindInWords(searchText, found);
    }

    internal void FindAtWordStarts(string searchText, List<TermMatch> found)
    {
        if (_heads is not null)
        {
            ScanWordStarts(searchText, found);
        }
    }

    // A term is accepted only where a word starts or behind an Arabic prefix, and only up to a word's
    // end or an ending: those few positions are tried, with the lengths their heads allow. The
    // word's first letters are coded as the scan passes them, so the prefix test is a table load.
    private void ScanWordStarts(string text, List<TermMatch> found)
    {
        var lettersBefore = 0;
        var prefixCode = 0;
        for (var start = 0; start < text.Length; start++)
        {
            var c = text[start];
            var candidate = lettersBefore == 0 || PrefixAllowedAfter(prefixCode, c);
            if (candidate && _heads!.LengthsAt(text, start) is var mask and not 0)
            {
                TryLengths(text, start, mask, found);
            }
            if (CharKinds.IsLetter(c))
            {
                lettersBefore++;
                prefixCode = NextPrefixCode(prefixCode, c);
                // Letters that are no prefix: no term starts in the rest of this word.
                while (prefixCode < 0 && start + 1 < text.Length && CharKinds.IsLetter(text[start + 1]))
                {
                    start++;
                }
            }
            else
            {
                lettersBefore = 0;
                prefixCode = 0;
            }
        }
    }

    private void TryLengths(string text, int start, uint mask, List<TermMatch> found)
    {
        if ((mask & TermHeads.LongMask) != 0)
        {
            foreach (var length in _heads!.LongLengths)
            {
                TryTerm(text, start, length, found);
            }
            mask &= ~TermHeads.LongMask;
        }
        while (mask != 0)
        {
            var length = TermHeads.Longest(mask);
            mask &= ~(1u << length);
            TryTerm(text, start, length, found);
        }
    }

    private void TryTerm(string text, int start, int length, List<TermMatch> found)
    {
        var end = start + length;
        // A run of letters after the end longer than any ending: the term would sit inside a word.
        if (end > text.Length || !_heads!.MayEnd(text, start, length) || LettersFollow(text, end, LongestSuffix + 1))
        {
            return;
        }
        AddIfAccepted(text, start, length, inJoined: false, prefixAllowed: true, found);
    }

    private static bool LettersFollow(string text, int index, int count)
    {
        if (index + count > text.Length)
        {
            return false;
        }
        for (var i = index; i < index + count; i++)
        {
            if (!CharKinds.IsLetter(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private void AddIfAccepted(string text, int start, int length, bool inJoined, bool prefixAllowed, List<TermMatch> found)
    {
        if (_lookup.TryGetValue(text.AsSpan(start, length), out var match) && Accepts(text, start, length, inJoined, prefixAllowed, match))
        {
            var term = match with { JoinedOnly = false };
            if (!found.Contains(term))
            {
                found.Add(term);
            }
        }
    }

    private void Add(string term, TermMatch match)
    {
        var form = TextNormalizer.ForTermSearch(term).Trim();
        if (form.Length == 0)
        {
            return;
        }
        // "للطلب" (to order) searches as "لطلب"; read behind a squeezed "ال" it would be "الطلب" (the
        // demand), so such a term takes only a prefix as written.
        var written = TextNormalizer.ForMatching(term).Trim();
        match = match with { SqueezedStart = written.Length > 1 && written[0] == written[1] && CharKinds.IsArabicLetter(written[0]) };
        _terms[form] = match;

        // "للشيخة" is ل before "الشيخة" with the article's alef dropped, and squeezes to "لشيخه".
        if (form.Length > 3 && form.StartsWith("ال", StringComparison.Ordinal) && form[2] != 'ل')
        {
            _terms.TryAdd("ل" + form[2..], match);
        }

        var spaceless = form.Replace(" ", "", StringComparison.Ordinal);
        if (spaceless.Length != form.Length && (!_terms.TryGetValue(spaceless, out var existing) || (existing.JoinedOnly && existing.Kind < match.Kind)))
        {
            _terms[spaceless] = match with { JoinedOnly = true };
        }
    }

    // Letters that were spaced out have no real word boundaries left to check, so a long enough
    // term found there is accepted as it is.
    private static bool Accepts(string text, int start, int length, bool inJoined, bool prefixAllowed, TermMatch match)
    {
        if (inJoined && length >= MinJoinedTermLength)
        {
            return true;
        }
        if (match.JoinedOnly || !prefixAllowed || (match.SqueezedStart && !PrefixAsWritten(text, start)))
        {
            return false;
        }

        var end = start + length;
        var wordEnd = end;
        while (wordEnd < text.Length && CharKinds.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return SuffixAllowed(text.AsSpan(end, wordEnd - end), length, CharKinds.IsArabicLetter(text[start]), match.Kind == TermKind.Rule);
    }
}
