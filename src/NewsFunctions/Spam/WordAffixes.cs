using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// Which letters may stand before and after a term inside one word, so that a listed word is found
// with its Arabic prefixes and endings but not inside a longer, different word.
internal static class WordAffixes
{
    // A word may carry these prefixes (and, conjunction, by, for, like, the, and their combinations),
    // already squeezed the way the search text is: "لل" arrives as "ل".
    private static readonly HashSet<string> ArabicPrefixes =
    [
        "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "ول", "فل", "وب", "فب", "وك", "فك",
    ];

    // Pronoun and plural endings, allowed only on terms of at least four letters: on shorter ones
    // they turn insults into ordinary words.
    private static readonly HashSet<string> ArabicSuffixes =
    [
        "ه", "ها", "هم", "هن", "ك", "كم", "ي", "نا", "ات", "ان", "ين", "ون", "يه", "هات",
    ];

    private static readonly HashSet<string> PluralSuffixes = ["ات", "ين", "ون", "ان"];

    private static readonly HashSet<string> LatinSuffixes = ["s", "es"];

    private const int MinSuffixedTermLength = 4;

    internal static readonly int LongestPrefix = ArabicPrefixes.Max(p => p.Length);
    internal static readonly int LongestSuffix = ArabicSuffixes.Concat(PluralSuffixes).Concat(LatinSuffixes).Max(p => p.Length);
    private static readonly string PrefixAlphabet = new(string.Concat(ArabicPrefixes).Distinct().ToArray());

    // Each Arabic letter's place in PrefixAlphabet plus one (0: not a prefix letter): one load per
    // letter where a search of the alphabet would loop. The prefixes are all basic Arabic letters.
    private const char FirstArabicLetter = '\u0621';
    private static readonly byte[] Places = BuildPlaces();

    private static byte[] BuildPlaces()
    {
        var places = new byte['\u064A' - FirstArabicLetter + 1];
        for (var i = 0; i < PrefixAlphabet.Length; i++)
        {
            places[PrefixAlphabet[i] - FirstArabicLetter] = (byte)(i + 1);
        }
        return places;
    }

    // Every listed prefix by a number made of its letters' places in PrefixAlphabet: testing a
    // prefix is one table load where a set lookup would hash it. Room for one more letter than
    // the longest prefix, for the squeezed form PrefixAllowed restores.
    private static readonly bool[] ListedPrefixes = BuildListedPrefixes();

    private static bool[] BuildListedPrefixes()
    {
        var table = new bool[(int)Math.Pow(PrefixAlphabet.Length + 1, LongestPrefix + 1)];
        foreach (var prefix in ArabicPrefixes)
        {
            table[PrefixCode(prefix)] = true;
        }
        return table;
    }

    // -1 for a letter outside the alphabet or a span longer than the table holds.
    private static int PrefixCode(ReadOnlySpan<char> letters)
    {
        if (letters.Length > LongestPrefix + 1)
        {
            return -1;
        }
        var code = 0;
        var places = Places;
        foreach (var c in letters)
        {
            var index = (uint)(c - FirstArabicLetter);
            if (index >= (uint)places.Length || places[index] == 0)
            {
                return -1;
            }
            code = (code * (PrefixAlphabet.Length + 1)) + places[index];
        }
        return code;
    }

    internal static bool IsListedPrefix(ReadOnlySpan<char> letters) => PrefixCode(letters) is >= 0 and var code && ListedPrefixes[code];

    // The code of a word's first letters, one letter at a time, for a scan that reads each word
    // once: start at 0, -1 once the letters can no longer be a prefix or its squeezed form.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int NextPrefixCode(int code, char letter)
    {
        var index = (uint)(letter - FirstArabicLetter);
        if (code < 0 || index >= (uint)Places.Length || Places[index] == 0)
        {
            return -1;
        }
        var next = (code * (PrefixAlphabet.Length + 1)) + Places[index];
        return next < ListedPrefixes.Length ? next : -1;
    }

    // PrefixAllowed for a term starting with letter behind the word's first letters coded as code.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool PrefixAllowedAfter(int code, char letter)
        => code > 0 && CharKinds.IsArabicLetter(letter)
            && (ListedPrefixes[code] || (NextPrefixCode(code, letter) is > 0 and var restored && ListedPrefixes[restored]));

    // The letters of the word before the term's start: empty when the term starts the word.
    private static ReadOnlySpan<char> PrefixBefore(string text, int start)
    {
        var wordStart = start;
        while (wordStart > 0 && CharKinds.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return text.AsSpan(wordStart, start - wordStart);
    }

    internal static bool PrefixAsWritten(string text, int start)
        => PrefixBefore(text, start) is var prefix && (prefix.IsEmpty || IsListedPrefix(prefix));

    internal static bool PrefixAllowed(string text, int start)
    {
        var prefix = PrefixBefore(text, start);
        if (prefix.IsEmpty)
        {
            return true;
        }
        if (!CharKinds.IsArabicLetter(text[start]) || prefix.Length > 3)
        {
            return false;
        }

        if (IsListedPrefix(prefix))
        {
            return true;
        }
        // Squeezing merged the prefix's last letter into the term's first: "اللعبة" became "العبه".
        Span<char> restored = stackalloc char[prefix.Length + 1];
        prefix.CopyTo(restored);
        restored[^1] = text[start];
        return IsListedPrefix(restored);
    }

    // The rule pack lists the forms it means ("راسلني", "قروض"), so its terms take plural endings
    // only: a pronoun ending turns "للطلب" (to order) into "للطلبه" (for the students).
    internal static bool SuffixAllowed(ReadOnlySpan<char> suffix, int termLength, bool arabic, bool packTerm)
    {
        if (suffix.IsEmpty)
        {
            return true;
        }
        if (arabic)
        {
            return termLength >= MinSuffixedTermLength
                && (packTerm ? PluralSuffixes : ArabicSuffixes).GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix);
        }
        return LatinSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix);
    }
}
