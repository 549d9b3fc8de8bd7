using static NewsFunctions.Spam.TextSpans;

namespace NewsFunctions.Spam;

internal static class UrlSchemes
{
    // Where "https://", "hxxp://" or "h t t p s : / /" before the host starts, or -1.
    internal static int SchemeBefore(ReadOnlySpan<char> text, int hostStart, out bool obfuscated)
    {
        obfuscated = false;
        var spaced = false;
        var position = hostStart;
        foreach (var mark in "//:")
        {
            var end = SkipSpacesBack(text, position, 2);
            spaced |= end < position;
            if (end < 1 || text[end - 1] != mark)
            {
                return -1;
            }
            position = end - 1;
        }
        var lettersEnd = SkipSpacesBack(text, position, 2);
        spaced |= lettersEnd < position;

        Span<char> letters = stackalloc char[5];
        var count = 0;
        var p = lettersEnd;
        while (p > 0 && count < letters.Length)
        {
            var c = text[p - 1];
            if (char.IsAsciiLetter(c))
            {
                count++;
                letters[^count] = c;
                p--;
                var scheme = letters[^count..];
                if (count >= 4 && IsScheme(scheme) && (p == 0 || !char.IsAsciiLetter(text[p - 1])))
                {
                    obfuscated = spaced || scheme.Contains('x');
                    return p;
                }
            }
            else if (c == ' ' && count > 0 && p >= 2 && char.IsAsciiLetter(text[p - 2]))
            {
                spaced = true;
                p--;
            }
            else
            {
                break;
            }
        }
        return -1;
    }

    // http, https, and the hxxp/hxxps spellings threat feeds taught spammers.
    private static bool IsScheme(ReadOnlySpan<char> s)
        => s[0] == 'h' && s[1] is 't' or 'x' && s[2] is 't' or 'x' && s[3] == 'p' && (s.Length == 4 || s[4] == 's');
}
