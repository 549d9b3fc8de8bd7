using PhoneNumbers;

namespace NewsFunctions.Spam;

// Phone numbers in any digit script: the text is normalised first, so "٠٥٥١٢٣٤٥٦٧" arrives as ASCII.
// libphonenumber decides validity, which keeps years, prices and scores from counting as numbers.
internal static class PhoneFinder
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

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? FindFirst(string normalized)
    {
        if (!HasDigits(normalized, MinDigits))
        {
            return null;
        }
        var position = 0;
        while (position < normalized.Length)
        {
            var offset = normalized.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return null;
            }
            var start = position + offset;
            var end = CandidateEnd(normalized, start);
            if (start > 0 && normalized[start - 1] == '+')
            {
                start--;
            }
            var candidate = end - start >= MinDigits ? normalized[start..end] : "";
            if (candidate.Length > 0 && IsValidPhone(candidate))
            {
                return candidate;
            }
            position = end;
        }
        return null;
    }

    // Digits with at most two separators (space, dash, dot, brackets) between them: "+966 55 123-4567".
    private static int CandidateEnd(string text, int start)
    {
        var end = start + 1;
        var index = end;
        var separators = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (char.IsAsciiDigit(c))
            {
                end = ++index;
                separators = 0;
            }
            else if (c is ' ' or '-' or '.' or '(' or ')' && ++separators <= 2)
            {
                index++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool HasDigits(string text, int minimum)
    {
        var span = text.AsSpan();
        var found = 0;
        int index;
        while (found < minimum && (index = span.IndexOfAnyInRange('0', '9')) >= 0)
        {
            found++;
            span = span[(index + 1)..];
        }
        return found >= minimum;
    }

    private static bool IsValidPhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (digits is < MinDigits or > MaxDigits)
        {
            return false;
        }

        var international = candidate.StartsWith('+') || candidate.StartsWith("00", StringComparison.Ordinal);
        // A bare run of digits that does not start with a trunk 0 is a count or an amount
        // ("105000000 نسمة"); phone numbers come with a 0, a country code or separators.
        if (!international && candidate[0] != '0' && candidate.All(char.IsAsciiDigit))
        {
            return false;
        }
        var text = candidate.StartsWith("00", StringComparison.Ordinal) ? "+" + candidate[2..] : candidate;
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

}
