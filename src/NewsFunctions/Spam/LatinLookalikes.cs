namespace NewsFunctions.Spam;

// Cyrillic, Greek and IPA letters that look like Latin ones, and digits standing in for letters.
// Applied only to words without Arabic letters: confusable skeletons would turn ا into l and ه into o.
internal static class LatinLookalikes
{
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

    public static void Fold(Span<char> text)
    {
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
                hasArabic |= IsArabicLetter(text[end]);
                end++;
            }
            if (!hasArabic)
            {
                FoldToken(text[i..end]);
            }
            i = end;
        }
    }

    public static bool IsArabicLetter(char c)
        => c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    public static bool IsLookalike(char c) => Letters.ContainsKey(c);

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$';

    private static void FoldToken(Span<char> token)
    {
        for (var k = 0; k < token.Length; k++)
        {
            if (Letters.TryGetValue(token[k], out var latin))
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
