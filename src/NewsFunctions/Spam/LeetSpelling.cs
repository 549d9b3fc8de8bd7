namespace NewsFunctions.Spam;

internal static class LeetSpelling
{
    internal enum LeetKind { Digit, Symbol, InsideOnly }

    internal readonly record struct LeetUnit(char Letter, int Length, LeetKind Kind);

    // Digits count as letters between Latin letters ("v1agra", "c4s1no"), or as a single character at
    // a word's edge ("5ignals"), so years and prices in English text stay digits. Symbols are
    // punctuation far more often, so they need a real word beside them: two letters on one side
    // inside a word ("c|alis", not "a|b"), or a lone one starting a word ("\/egas"); never at a
    // word's end, where "wow!" keeps its exclamation mark.
    internal static int FoldLeet(Span<char> token)
    {
        int written = 0, i = 0;
        while (i < token.Length)
        {
            if (LeetAt(token, i).Length == 0)
            {
                token[written++] = token[i++];
                continue;
            }
            int end = i, units = 0;
            bool symbol = false, insideOnly = false;
            while (end < token.Length && LeetAt(token, end) is { Length: > 0 } unit)
            {
                end += unit.Length;
                units++;
                symbol |= unit.Kind != LeetKind.Digit;
                insideOnly |= unit.Kind == LeetKind.InsideOnly;
            }
            var before = LettersBefore(token[..written]);
            var after = LettersAfter(token[end..]);
            var convert = symbol
                ? (before > 0 && after > 0 && (before >= 2 || after >= 2)) || (i == 0 && units == 1 && after >= 2 && !insideOnly)
                : (before > 0 && after > 0) || ((i == 0 || end == token.Length) && units == 1 && (before > 0 || after > 0));
            for (var k = i; k < end;)
            {
                var unit = LeetAt(token, k);
                if (convert)
                {
                    token[written++] = unit.Letter;
                }
                else
                {
                    token.Slice(k, unit.Length).CopyTo(token[written..]);
                    written += unit.Length;
                }
                k += unit.Length;
            }
            i = end;
        }
        return written;
    }

    private static int LettersBefore(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiLetterLower(text[^(count + 1)]))
        {
            count++;
        }
        return count;
    }

    private static int LettersAfter(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiLetterLower(text[count]))
        {
            count++;
        }
        return count;
    }

    // The longest unit first: "\/\/" is w before "\/" is v. '(' and "><" are brackets and arrows
    // at a word's start, so they count only inside one.
    internal static LeetUnit LeetAt(ReadOnlySpan<char> text, int k)
    {
        var rest = text[k..];
        if (rest.StartsWith(@"\/\/"))
        {
            return new('w', 4, LeetKind.Symbol);
        }
        if (rest.StartsWith(@"\/"))
        {
            return new('v', 2, LeetKind.Symbol);
        }
        if (rest.StartsWith("|<"))
        {
            return new('k', 2, LeetKind.Symbol);
        }
        if (rest.StartsWith("><"))
        {
            return new('x', 2, LeetKind.InsideOnly);
        }
        return rest[0] switch
        {
            '0' => new('o', 1, LeetKind.Digit),
            '1' => new('i', 1, LeetKind.Digit),
            '3' => new('e', 1, LeetKind.Digit),
            '4' => new('a', 1, LeetKind.Digit),
            '5' => new('s', 1, LeetKind.Digit),
            '7' => new('t', 1, LeetKind.Digit),
            '@' => new('a', 1, LeetKind.Digit),
            '$' => new('s', 1, LeetKind.Digit),
            // '|' stands for a capital I as often as for l; cialis is spelt "c|alis".
            '!' or '|' => new('i', 1, LeetKind.Symbol),
            '€' => new('e', 1, LeetKind.Symbol),
            '£' => new('l', 1, LeetKind.Symbol),
            '(' => new('c', 1, LeetKind.InsideOnly),
            _ => default,
        };
    }
}
