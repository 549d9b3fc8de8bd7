using System.Buffers;

namespace NewsFunctions.Spam;

// Cyrillic, Greek and IPA letters that look like Latin ones, and digits standing in for letters.
// Applied only to words without Arabic letters: confusable skeletons would turn ا into l and ه into o.
internal static class LatinLookalikes
{
    private static readonly SearchValues<char> LeetCandidates = SearchValues.Create("013457@$");

    private static readonly Dictionary<char, char> Letters = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h',
        ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's',
        ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd', ['ӏ'] = 'l', ['һ'] = 'h', ['ԛ'] = 'q',
        ['ԝ'] = 'w', ['ь'] = 'b', ['п'] = 'n', ['г'] = 'r',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v',
        ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w',
        ['μ'] = 'u', ['ς'] = 's', ['ɑ'] = 'a', ['ı'] = 'i', ['ɩ'] = 'i', ['ɡ'] = 'g', ['ⅰ'] = 'i',
    };

    // Returns the first word that mixed Latin letters with look-alikes: nobody types "cаsino" with a
    // Cyrillic а by accident, so that is a signal of its own.
    public static string? Fold(Span<char> text)
    {
        string? mixed = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            var hasArabic = false;
            while (end < text.Length && IsTokenChar(text[end]))
            {
                hasArabic |= CharKinds.IsArabicLetter(text[end]);
                end++;
            }
            if (!hasArabic)
            {
                mixed ??= MixedWord(text[i..end]);
                FoldToken(text[i..end]);
            }
            i = end;
        }
        return mixed;
    }

    private static string? MixedWord(ReadOnlySpan<char> token)
    {
        bool latin = false, lookalike = false;
        foreach (var c in token)
        {
            latin |= char.IsAsciiLetter(c);
            lookalike |= IsLookalike(c);
        }
        return latin && lookalike ? token.ToString() : null;
    }

    private static bool IsLookalike(char c) => InLookalikeRange(c) && Letters.ContainsKey(c);

    // Cheap test before the dictionary: the look-alikes sit in Latin Extended, IPA, Greek, Cyrillic
    // and Roman numerals, never in the Arabic blocks most characters here come from.
    public static bool InLookalikeRange(char c) => c is (>= '\u0130' and < '\u0530') or '\u2170';

    // Whether Fold could change anything: a look-alike letter, or a digit or @/$ touching a Latin
    // letter. Vectorised searches, because nearly every comment answers no.
    public static bool MayApply(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u0130', '\u052F') >= 0 || text.Contains('\u2170'))
        {
            return true;
        }
        var offset = 0;
        int index;
        while ((index = text[offset..].IndexOfAny(LeetCandidates)) >= 0)
        {
            var at = offset + index;
            if ((at > 0 && char.IsAsciiLetter(text[at - 1])) || (at + 1 < text.Length && char.IsAsciiLetter(text[at + 1])))
            {
                return true;
            }
            offset = at + 1;
        }
        return false;
    }

    private static bool IsTokenChar(char c) => CharKinds.IsLetter(c) || char.IsDigit(c) || c is '@' or '$';

    private static void FoldToken(Span<char> token)
    {
        for (var k = 0; k < token.Length; k++)
        {
            if (InLookalikeRange(token[k]) && Letters.TryGetValue(token[k], out var latin))
            {
                token[k] = latin;
            }
        }

        // Digits count as letters between Latin letters ("v1agra", "c4s1no"), or as a single character
        // at a word's edge ("5ignals"), so years and prices in English text stay digits.
        var i = 0;
        while (i < token.Length)
        {
            if (!IsLeet(token[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < token.Length && IsLeet(token[end]))
            {
                end++;
            }
            var letterBefore = i > 0 && char.IsAsciiLetterLower(token[i - 1]);
            var letterAfter = end < token.Length && char.IsAsciiLetterLower(token[end]);
            var atEdge = i == 0 || end == token.Length;
            if ((letterBefore && letterAfter) || (atEdge && end - i == 1 && (letterBefore || letterAfter)))
            {
                for (var k = i; k < end; k++)
                {
                    token[k] = Leet(token[k]);
                }
            }
            i = end;
        }
    }

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$';

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        _ => 's',
    };
}
