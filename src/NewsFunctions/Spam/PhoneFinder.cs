using System.Text.RegularExpressions;
using PhoneNumbers;

namespace NewsFunctions.Spam;

// Phone numbers in any digit script: the text is normalised first, so "٠٥٥١٢٣٤٥٦٧" arrives as ASCII.
// libphonenumber decides validity, which keeps years, prices and scores from counting as numbers.
internal static partial class PhoneFinder
{
    // Readers of an Arabic news site mostly write Gulf, Levant, Egypt and Maghreb numbers without
    // a country code; a leading + or 00 is tried as international first.
    private static readonly string[] Regions =
    [
        "SA", "EG", "AE", "KW", "QA", "BH", "OM", "JO", "LB", "SY", "IQ", "PS", "YE", "MA", "DZ", "TN", "LY", "SD",
        "US", "GB", "FR", "DE", "TR",
    ];

    private const int MinDigits = 8;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? FindFirst(string normalized)
    {
        foreach (Match match in CandidatePattern().Matches(normalized))
        {
            if (IsValidPhone(match.Value))
            {
                return match.Value.Trim();
            }
        }
        return null;
    }

    private static bool IsValidPhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (digits < MinDigits)
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

    [GeneratedRegex(@"(?<!\d)(?:\+|00)?\d(?:[ \-.()]{0,2}\d){7,14}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern();
}
