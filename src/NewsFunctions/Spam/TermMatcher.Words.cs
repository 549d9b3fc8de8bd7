namespace NewsFunctions.Spam;

// Word by word, after the one-pass scan: words split in two to dodge a filter, and near spellings
// of the long terms.
internal sealed partial class TermMatcher
{
    // Ordinary two-letter words: a word split to dodge a filter ("قما ر", "رها ن") leaves a piece of
    // one or two letters that is none of these, so only such pairs are joined and searched again.
    private static readonly HashSet<string> ShortWords =
    [
        "في", "من", "عن", "ان", "او", "ما", "لا", "يا", "هو", "هي", "لم", "لن", "قد", "ثم", "كل", "بل", "اي", "مع", "هل",
        "كم", "به", "له", "لك", "لي", "هم", "نا", "بس", "اذ", "ال", "ده", "دي", "اه", "لو", "مش", "شو", "يه", "ها", "كي",
        "و", "a", "i", "an", "at", "in", "on", "of", "to", "is", "it", "be", "by", "or", "as", "we", "he", "me", "my", "no",
        "so", "up", "us", "do", "if",
    ];

    private const int MaxPieceLength = 2;
    private const int MinFuzzyTermLength = 6;

    // A near spelling counts, but less than the term itself: one edit also turns words into others
    // ("مراهقات" is one letter from "مراهنات").
    private const double NearWeight = 0.75;

    private void FindInWords(string text, List<TermMatch> found)
    {
        var shortWords = ShortWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        int previousStart = -1, previousEnd = -1;
        while (position < text.Length)
        {
            while (position < text.Length && !CharKinds.IsLetter(text[position]))
            {
                position++;
            }
            var start = position;
            while (position < text.Length && CharKinds.IsLetter(text[position]))
            {
                position++;
            }
            if (start == position)
            {
                break;
            }

            if (_byHead.Count > 0 && position - start >= MinFuzzyTermLength - 1)
            {
                FindNearSpellings(text.AsSpan(start, position - start), found);
            }
            // Adjacent words one space apart, one of them a short piece that is no ordinary word.
            if (previousEnd >= 0 && start == previousEnd + 1 && text[previousEnd] == ' '
                && (IsPiece(text, previousStart, previousEnd, shortWords) || IsPiece(text, start, position, shortWords)))
            {
                var joined = string.Concat(text.AsSpan(previousStart, previousEnd - previousStart), text.AsSpan(start, position - start));
                ScanWordStarts(joined, found);
            }
            previousStart = start;
            previousEnd = position;
        }
    }

    // One letter added, dropped or changed in a long term ("كازينوو" is squeezed already, but
    // "كازبنو", "casinno" are not). The word is tried as written and without an Arabic prefix.
    // A word that is a term behind a prefix ("الاشتراك") is that term, not a misspelling of another
    // prefixed one ("للاشتراك").
    private void FindNearSpellings(ReadOnlySpan<char> word, List<TermMatch> found)
    {
        foreach (var prefixLength in (ReadOnlySpan<int>)[3, 2, 1])
        {
            if (word.Length - prefixLength >= MinFuzzyTermLength - 1
                && WordAffixes.IsListedPrefix(word[..prefixLength]))
            {
                if (IsTerm(word[prefixLength..]))
                {
                    return;
                }
                NearSpellingsOf(word, found);
                NearSpellingsOf(word[prefixLength..], found);
                return;
            }
        }
        NearSpellingsOf(word, found);
    }

    private void NearSpellingsOf(ReadOnlySpan<char> word, List<TermMatch> found)
    {
        // A word that is a term itself ("واتساب") is not a misspelling of a longer one ("واتسابي").
        if (IsTerm(word))
        {
            return;
        }
        var head = EndKey(word[..3]);
        if (_nearEnds.Has(EndBit(head)) && _byHead.TryGetValue(head, out var heads))
        {
            AddNear(word, heads, found);
        }
        var tail = EndKey(word[^3..]);
        if (_nearEnds.Has(EndBit(tail)) && _byTail.TryGetValue(tail, out var tails))
        {
            AddNear(word, tails, found);
        }
    }

    private static void AddNear(ReadOnlySpan<char> word, List<(string Form, TermMatch Match)> candidates, List<TermMatch> found)
    {
        foreach (var (form, match) in candidates)
        {
            if (Math.Abs(form.Length - word.Length) <= 1 && !word.SequenceEqual(form) && WithinOneEdit(word, form))
            {
                var near = match with { Near = true, Weight = match.Weight * NearWeight };
                if (!found.Contains(near) && !found.Contains(match))
                {
                    found.Add(near);
                }
            }
        }
    }

    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            return a[(common + 1)..].SequenceEqual(b[(common + 1)..]);
        }
        return a.Length > b.Length
            ? a[(common + 1)..].SequenceEqual(b[common..])
            : b[(common + 1)..].SequenceEqual(a[common..]);
    }

    private bool IsTerm(ReadOnlySpan<char> word) => _heads!.MayBeTerm(word) && _lookup.ContainsKey(word);

    private static int EndBit(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 48);

    private static long EndKey(ReadOnlySpan<char> three) => ((long)three[0] << 32) | ((long)three[1] << 16) | three[2];

    private void Index(Dictionary<long, List<(string, TermMatch)>> index, long key, string form, TermMatch match)
    {
        _nearEnds.Set(EndBit(key));
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add((form, match));
    }

    private static bool IsPiece(string text, int start, int end, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> shortWords)
        => end - start <= MaxPieceLength && !shortWords.Contains(text.AsSpan(start, end - start));
}
