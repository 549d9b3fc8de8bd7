using System.Text;
using PhoneNumbers;
using static NewsFunctions.Spam.PhoneShapes;

namespace NewsFunctions.Spam;

internal static class PhoneValidity
{
    // Readers of an Arabic news site mostly write Gulf, Levant, Egypt and Maghreb numbers without
    // a country code; a leading + or 00 is tried as international first.
    private static readonly string[] Regions =
    [
        "SA", "EG", "AE", "KW", "QA", "BH", "OM", "JO", "LB", "SY", "IQ", "PS", "YE", "MA", "DZ", "TN", "LY", "SD",
        "US", "GB", "FR", "DE", "TR",
    ];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // candidate: as found, with separators, letters or keycaps between the digits. cued: a word
    // before it announced a phone, so a bare run counts too, read with a country code if it has one.
    internal static bool IsValidPhone(ReadOnlySpan<char> candidate, bool cued = false)
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
        if (!international && number[0] != '0' && bare && !cued)
        {
            return false;
        }
        if (cued && !international && number[0] != '0' && TryValid("+" + number.ToString(), "ZZ"))
        {
            return true;
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
    internal static bool DigitsLookUnusual(string original, ReadOnlySpan<char> found)
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
}
