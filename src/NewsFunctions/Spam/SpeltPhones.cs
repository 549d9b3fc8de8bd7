using static NewsFunctions.Spam.PhoneShapes;
using static NewsFunctions.Spam.TextSpans;

namespace NewsFunctions.Spam;

internal static class SpeltPhones
{
    // Spelt-out numbers need this many digit words: "ثلاثة أربعة" is prose, eight in a row are not.
    private const int MinDigitWords = 3;

    private static char? DigitOfWord(ReadOnlySpan<char> token)
    {
        if (ContactData.DigitWords.TryGetValue(token, out var digit))
        {
            return digit;
        }
        return token.Length > 1 && token[0] == 'و' && ContactData.DigitWords.TryGetValue(token[1..], out digit) ? digit : null;
    }

    // "05 خمسه ...": digit groups written before the first digit word belong to the number.
    internal static int DigitTokensBefore(ReadOnlySpan<char> text, int start)
    {
        while (true)
        {
            var end = SkipSpacesBack(text, start, 2);
            var tokenStart = end;
            while (tokenStart > 0 && (char.IsAsciiDigit(text[tokenStart - 1]) || text[tokenStart - 1] == '+'))
            {
                tokenStart--;
            }
            if (tokenStart == end || end == start || (tokenStart > 0 && IsWordChar(text[tokenStart - 1])))
            {
                return start;
            }
            start = tokenStart;
        }
    }

    internal static bool TryReadSpeltPhone(ReadOnlySpan<char> text, int start, out int end, out string digits)
    {
        Span<char> buffer = stackalloc char[MaxDigits + 1];
        var length = 0;
        var words = 0;
        var repeat = 1;
        var position = start;
        end = start;
        digits = "";
        while (length < buffer.Length)
        {
            var tokenStart = position;
            while (tokenStart < text.Length && tokenStart - position < 3 && text[tokenStart] is ' ' or '-' or ',' or '\u060C')
            {
                tokenStart++;
            }
            var tokenEnd = tokenStart;
            while (tokenEnd < text.Length && (IsWordChar(text[tokenEnd]) || (text[tokenEnd] == '+' && tokenEnd == tokenStart)))
            {
                tokenEnd++;
            }
            var token = text[tokenStart..tokenEnd];
            if (token.IsEmpty)
            {
                break;
            }
            if (token.TrimStart('+').IsEmpty || !IsDigitsOrPlus(token))
            {
                if (DigitOfWord(token) is { } digit)
                {
                    for (var r = 0; r < repeat && length < buffer.Length; r++)
                    {
                        buffer[length++] = digit;
                    }
                    repeat = 1;
                    words++;
                }
                else if (token is "double" or "دبل" or "دوبل")
                {
                    repeat = 2;
                }
                else if (token is "triple" or "تريبل")
                {
                    repeat = 3;
                }
                else if (token is "plus" or "زائد" or "بلس" && length == 0)
                {
                    buffer[length++] = '+';
                }
                else if (token is not "و")
                {
                    break;
                }
            }
            else
            {
                foreach (var c in token)
                {
                    if (length < buffer.Length && (c != '+' || length == 0))
                    {
                        buffer[length++] = c;
                    }
                }
            }
            end = tokenEnd;
            position = tokenEnd;
        }
        if (words < MinDigitWords || length < MinDigits)
        {
            return false;
        }
        digits = buffer[..length].ToString();
        return true;
    }

    private static bool IsDigitsOrPlus(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c != '+')
            {
                return false;
            }
        }
        return true;
    }
}
