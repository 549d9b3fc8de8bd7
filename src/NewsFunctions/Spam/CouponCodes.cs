using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsFunctions.Spam;

// A coupon or referral code ("كود خصم: NOON77", "use code SAVE20") is handed out by whoever is paid
// when readers use it, whatever the shop sells. A code is capitals then digits, a few words at most
// after the word that introduces it; "COVID19" or a flight number without such a word is no code.
internal static partial class CouponCodes
{
    // Only a comment holding one of the words the pattern starts with pays for the regex.
    private static readonly SearchValues<string> Introducers = SearchValues.Create(
        ["كود", "كوبون", "code", "coupon", "promo"], StringComparison.OrdinalIgnoreCase);

    // Returns the first code, or null.
    public static string? Find(string content)
    {
        if (content.AsSpan().IndexOfAny(Introducers) < 0)
        {
            return null;
        }
        try
        {
            var match = CodeAfterIntroducer().Match(content);
            return match.Success ? match.Groups["code"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?i:كود|كوبون|code|coupon|promo)\S{0,12}(?:\s+\S{1,20}){0,3}?[\s:：]+(?<code>[A-Z]{2,12}[0-9]{1,4})(?![A-Za-z0-9])",
        RegexOptions.None, matchTimeoutMilliseconds: 50)]
    private static partial Regex CodeAfterIntroducer();
}
