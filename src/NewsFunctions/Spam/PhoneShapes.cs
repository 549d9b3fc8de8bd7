using System.Buffers;
using static NewsFunctions.Spam.TextSpans;

namespace NewsFunctions.Spam;

// The digit runs that may be a phone, and the shapes of number that are not one (thousands, year
// ranges, dates, amounts).
internal static class PhoneShapes
{
    internal const int MinDigits = 8;

    internal const int MaxDigits = 15;

    private const int MaxGroups = 12;

    internal const char Keycap = '\u20E3';

    // Not IndexOfAnyInRange: on .NET 10 that allocates 96 bytes a call, and this runs on every comment.
    internal static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly string[] MoneyWords =
    [
        "ريال", "دولار", "جنيه", "درهم", "دينار", "ليره", "يورو", "مليون", "مليار", "الف", "usd", "sar", "egp", "aed",
        "kwd", "qar", "dollar", "euro", "pound", "million", "billion",
    ];

    internal readonly record struct Candidate(int End, int Digits, int ZeroGroup, bool Obfuscated);

    // Digits with at most two separators (space, dash, dot, slash, brackets) between groups:
    // "+966 55 123-4567"; a keycap after a digit, or one letter or emoji between two digits, is part of it.
    internal static Candidate ReadCandidate(ReadOnlySpan<char> text, int start)
    {
        var end = start + 1;
        var index = end;
        var separators = 0;
        var digits = 1;
        var groupLength = 1;
        var singleDigitGroups = 0;
        var zeroGroup = -1;
        var obfuscated = false;
        while (index < text.Length)
        {
            var c = text[index];
            if (char.IsAsciiDigit(c))
            {
                if (separators > 0)
                {
                    singleDigitGroups += groupLength == 1 ? 1 : 0;
                    zeroGroup = zeroGroup < 0 && c == '0' ? index : zeroGroup;
                    groupLength = 0;
                }
                digits++;
                groupLength++;
                end = ++index;
                separators = 0;
            }
            else if (c == Keycap && separators == 0)
            {
                obfuscated = true;
                end = ++index;
            }
            else if (c is ' ' or '-' or '.' or '(' or ')' or '/' or '\u2013' && ++separators <= 2)
            {
                index++;
            }
            else if (separators == 0 && SplitterWidth(text, index) is var width and > 0
                && index + width < text.Length && char.IsAsciiDigit(text[index + width]))
            {
                obfuscated = true;
                separators = 2;
                index += width;
            }
            else
            {
                break;
            }
        }
        singleDigitGroups += groupLength == 1 ? 1 : 0;
        // "0 5 5 1 2 3 4 5 6 7": digits spaced out one by one.
        obfuscated |= singleDigitGroups >= 5;
        return new Candidate(end, digits, zeroGroup, obfuscated);
    }

    // One letter, one emoji or one filler symbol standing between two digits: "055🔥123🔥4567".
    private static int SplitterWidth(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
        }
        return CharKinds.IsLetter(c) || c is (>= '\u2600' and <= '\u27BF') or '*' or '#' or '_' or '|' or '~' ? 1 : 0;
    }

    // Shapes of honest numbers that libphonenumber would still accept somewhere in the region list.
    internal static bool LooksLikeAmountOrDate(ReadOnlySpan<char> text, int start, int end)
    {
        Span<int> starts = stackalloc int[MaxGroups];
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<char> separators = stackalloc char[MaxGroups];
        var count = 0;
        var i = start;
        while (i < end)
        {
            if (count == MaxGroups)
            {
                return false;
            }
            starts[count] = i;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            lengths[count] = i - starts[count];
            separators[count] = ' ';
            while (i < end && !char.IsAsciiDigit(text[i]))
            {
                separators[count] = text[i] == ' ' ? separators[count] : text[i];
                i++;
            }
            count++;
        }

        // Thousands grouped by spaces or dots: "3 450 000", "12.500.000".
        if (count >= 3 && lengths[0] <= 3 && text[start] != '0' && separators[0] is ' ' or '.')
        {
            var grouped = true;
            for (var g = 1; g < count; g++)
            {
                grouped &= lengths[g] == 3 && (g == count - 1 || separators[g] == separators[0]);
            }
            if (grouped)
            {
                return true;
            }
        }
        // Year ranges: "1990-2003", "2019/2020".
        if (count == 2 && lengths[0] == 4 && lengths[1] == 4 && separators[0] is '-' or '/' or '\u2013'
            && IsYear(text.Slice(starts[0], 4)) && IsYear(text.Slice(starts[1], 4)))
        {
            return true;
        }
        // A year and numbers after it by slashes: an issue, case or decree number ("2024/118/3").
        // Nobody writes a phone with slashes after a year, and "12/05/2024" is read just below.
        if (count >= 2 && lengths[0] == 4 && IsYear(text.Slice(starts[0], 4)) && AllSlashes(separators[..(count - 1)]))
        {
            return true;
        }
        // Dates: "12/05/2024", "2024-05-12".
        if (count == 3 && separators[0] == separators[1] && separators[0] is '/' or '-' or '.'
            && ((lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4) || (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)))
        {
            return true;
        }

        // Amounts and shares: a currency or a per cent sign next to the number.
        var after = SkipSpaces(text, end, 1);
        if (after < text.Length && text[after] is '%' or '\u066A' or '$' or '€' or '£')
        {
            return true;
        }
        foreach (var word in MoneyWords)
        {
            if (text[after..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        var before = SkipSpacesBack(text, start, 1);
        return before > 0 && text[before - 1] is '$' or '€' or '£';
    }

    private static bool AllSlashes(ReadOnlySpan<char> separators) => !separators.ContainsAnyExcept('/');

    private static bool IsYear(ReadOnlySpan<char> digits) => digits.StartsWith("19") || digits.StartsWith("20");

    internal static bool HasDigits(ReadOnlySpan<char> text, int minimum)
    {
        var found = 0;
        int index;
        while (found < minimum && (index = text.IndexOfAny(AsciiDigits)) >= 0)
        {
            found++;
            text = text[(index + 1)..];
        }
        return found >= minimum;
    }
}
