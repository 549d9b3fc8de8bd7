using System.Collections.Frozen;

namespace NewsFunctions.Spam;

// What a word can start: a spelt-out digit, a platform name, a request to add, a phrase pointing
// to a profile, or the "at" of a written-out email. The comment is read once, word by word; a
// BitFilter on (first letter, last letter, length) turns most words away before the one
// dictionary lookup. A multi-string search would do worse: over Arabic it runs a char at a time.
internal static class ContactCueWords
{
    [Flags]
    internal enum Cue : byte { None = 0, Digit = 1, Platform = 2, AddMe = 4, Profile = 8, At = 16 }

    private static readonly FrozenDictionary<string, Cue> CueWordTable = BuildCueWords();
    internal static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> CueWords =
        CueWordTable.GetAlternateLookup<ReadOnlySpan<char>>();
    internal static readonly int LongestCueWord = CueWordTable.Keys.Max(k => k.Length);
    private static readonly BitFilter CueFilter = BuildCueFilter();

    private static FrozenDictionary<string, Cue> BuildCueWords()
    {
        var words = new Dictionary<string, Cue>(StringComparer.Ordinal) { ["at"] = Cue.At, ["ات"] = Cue.At };
        foreach (var digit in ContactData.DigitWords.Dictionary.Keys)
        {
            words[digit] = words.GetValueOrDefault(digit) | Cue.Digit;
        }
        foreach (var (phrases, cue) in new[] { (ContactData.Platforms, Cue.Platform), (ContactData.AddMe, Cue.AddMe), (ContactData.ProfilePointers, Cue.Profile) })
        {
            foreach (var phrase in phrases.All)
            {
                var first = phrase.Split(' ')[0];
                words[first] = words.GetValueOrDefault(first) | cue;
            }
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static BitFilter BuildCueFilter()
    {
        var filter = new BitFilter();
        foreach (var word in CueWordTable.Keys)
        {
            filter.Set(FilterBit(word));
        }
        return filter;
    }

    private static int FilterBit(ReadOnlySpan<char> word)
        => (int)((((uint)word[0] * 31) + word[^1]) * 2654435761u ^ (uint)word.Length * 40503u) >>> 16;

    internal static bool MayBeCue(ReadOnlySpan<char> word) => CueFilter.Has(FilterBit(word));
}
