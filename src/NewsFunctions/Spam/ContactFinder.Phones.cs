using System.Collections.Frozen;
using System.Buffers;
using System.Text;
using PhoneNumbers;

namespace NewsFunctions.Spam;

// Phone numbers in any digit script (the text is normalised, so "٠٥٥١٢٣٤٥٦٧" arrives as ASCII), in
// keycap emoji, split by letters or emoji, or spelt out in words. libphonenumber decides validity;
// the shapes it would still let through (thousands, year ranges, dates, amounts) are ruled out first.
internal static partial class ContactFinder
{
    // Readers of an Arabic news site mostly write Gulf, Levant, Egypt and Maghreb numbers without
    // a country code; a leading + or 00 is tried as international first.
    private static readonly string[] Regions =
    [
        "SA", "EG", "AE", "KW", "QA", "BH", "OM", "JO", "LB", "SY", "IQ", "PS", "YE", "MA", "DZ", "TN", "LY", "SD",
        "US", "GB", "FR", "DE", "TR",
    ];

    private const int MinDigits = 8;
    private const int MaxDigits = 15;
    private const int MaxGroups = 12;
    // Spelt-out numbers need this many digit words: "ثلاثة أربعة" is prose, eight in a row are not.
    private const int MinDigitWords = 3;
    private const char Keycap = '\u20E3';

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Not IndexOfAnyInRange: on .NET 10 that allocates 96 bytes a call, and this runs on every comment.
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly string[] MoneyWords =
    [
        "ريال", "دولار", "جنيه", "درهم", "دينار", "ليره", "يورو", "مليون", "مليار", "الف", "usd", "sar", "egp", "aed",
        "kwd", "qar", "dollar", "euro", "pound", "million", "billion",
    ];

    private static void FindPhones(ref Scan scan, string original)
    {
        var text = scan.Text;
        if (!HasDigits(text, MinDigits))
        {
            return;
        }
        var position = 0;
        while (position < text.Length)
        {
            var offset = text[position..].IndexOfAny(AsciiDigits);
            if (offset < 0)
            {
                return;
            }
            var start = position + offset;
            var candidate = ReadCandidate(text, start);
            // "عام 2019 0551234567": a number running into a group that starts with a trunk 0 is two numbers.
            if (candidate.ZeroGroup > 0 && text[start] != '0' && (start == 0 || text[start - 1] != '+'))
            {
                position = candidate.ZeroGroup;
                continue;
            }
            if (candidate.Digits >= MinDigits && !scan.IsTaken(start) && !LooksLikeAmountOrDate(text, start, candidate.End))
            {
                var phoneStart = start;
                while (phoneStart > 0 && phoneStart > start - 2 && text[phoneStart - 1] is '+' or '(')
                {
                    phoneStart--;
                }
                var found = text[phoneStart..candidate.End];
                if (IsValidPhone(found))
                {
                    var value = found.Contains(Keycap) ? found.ToString().Replace(Keycap.ToString(), "", StringComparison.Ordinal) : found.ToString();
                    scan.Add(ContactKind.Phone, value, candidate.Obfuscated || DigitsLookUnusual(original, found), phoneStart, candidate.End);
                    position = candidate.End;
                    continue;
                }
            }
            position = candidate.End;
        }
    }

    private readonly record struct Candidate(int End, int Digits, int ZeroGroup, bool Obfuscated);

    // Digits with at most two separators (space, dash, dot, slash, brackets) between groups:
    // "+966 55 123-4567"; a keycap after a digit, or one letter or emoji between two digits, is part of it.
    private static Candidate ReadCandidate(ReadOnlySpan<char> text, int start)
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
    private static bool LooksLikeAmountOrDate(ReadOnlySpan<char> text, int start, int end)
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

    private static bool IsYear(ReadOnlySpan<char> digits) => digits.StartsWith("19") || digits.StartsWith("20");

    private static bool HasDigits(ReadOnlySpan<char> text, int minimum)
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

    // candidate: as found, with separators, letters or keycaps between the digits.
    private static bool IsValidPhone(ReadOnlySpan<char> candidate)
    {
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var length = 0;
        var bare = true;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && length == 0))
            {
                if (length == buffer.Length)
                {
                    return false;
                }
                buffer[length++] = c;
            }
            else if (c != Keycap)
            {
                bare = false;
            }
        }
        var number = buffer[..length];
        var digits = number.StartsWith("+") ? length - 1 : length;
        if (digits is < MinDigits or > MaxDigits)
        {
            return false;
        }

        var international = number.StartsWith("+") || number.StartsWith("00");
        // A bare run of digits that does not start with a trunk 0 is a count or an amount
        // ("105000000 نسمة"); phone numbers come with a 0, a country code or separators.
        if (!international && number[0] != '0' && bare)
        {
            return false;
        }
        var text = number.StartsWith("00") ? "+" + number[2..].ToString() : number.ToString();
        foreach (var region in international ? ["ZZ"] : Regions)
        {
            if (TryValid(text, region))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryValid(string text, string region)
    {
        try
        {
            return Util.IsValidNumber(Util.Parse(text, region));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    // Digits mixed from several scripts, or written in a script other than ASCII and the two
    // Arabic-Indic ones (full-width, mathematical, circled forms that NFKC made plain).
    private static bool DigitsLookUnusual(string original, ReadOnlySpan<char> found)
    {
        var sequence = new StringBuilder(original.Length);
        var zeros = new List<int>();
        foreach (var rune in original.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber)
            {
                var value = (int)Rune.GetNumericValue(rune);
                sequence.Append((char)('0' + value));
                zeros.Add(rune.Value - value);
            }
        }
        var wanted = new StringBuilder();
        foreach (var c in found)
        {
            if (char.IsAsciiDigit(c))
            {
                wanted.Append(c);
            }
        }
        var at = sequence.ToString().IndexOf(wanted.ToString(), StringComparison.Ordinal);
        if (at < 0)
        {
            return true;
        }
        for (var i = at; i < at + wanted.Length; i++)
        {
            if (zeros[i] != zeros[at])
            {
                return true;
            }
        }
        return zeros[at] is not ('0' or '\u0660' or '\u06F0');
    }

    // "صفر خمسه خمسه واحد ...", "zero five double five ...", digits and words mixed. Returns the end
    // of the phone, or 0.
    private static int AddPhoneInWords(ref Scan scan, int wordStart)
    {
        var text = scan.Text;
        var start = DigitTokensBefore(text, wordStart);
        if (TryReadSpeltPhone(text, start, out var end, out var digits) && IsValidPhone(digits))
        {
            scan.Add(ContactKind.Phone, digits, obfuscated: true, start, end);
            return end;
        }
        return 0;
    }

    private static char? DigitOfWord(ReadOnlySpan<char> token)
    {
        if (ContactData.DigitWords.TryGetValue(token, out var digit))
        {
            return digit;
        }
        return token.Length > 1 && token[0] == 'و' && ContactData.DigitWords.TryGetValue(token[1..], out digit) ? digit : null;
    }

    // "05 خمسه ...": digit groups written before the first digit word belong to the number.
    private static int DigitTokensBefore(ReadOnlySpan<char> text, int start)
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

    private static bool TryReadSpeltPhone(ReadOnlySpan<char> text, int start, out int end, out string digits)
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
