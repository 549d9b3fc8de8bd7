using System.Collections.Frozen;
using System.Buffers;
using System.Text;
using PhoneNumbers;
using static NewsFunctions.Spam.PhoneShapes;
using static NewsFunctions.Spam.PhoneValidity;
using static NewsFunctions.Spam.SpeltPhones;

namespace NewsFunctions.Spam;

// Phone numbers in any digit script (the text is normalised, so "٠٥٥١٢٣٤٥٦٧" arrives as ASCII), in
// keycap emoji, split by letters or emoji, or spelt out in words. libphonenumber decides validity;
// the shapes it would still let through (thousands, year ranges, dates, amounts) are ruled out first.
internal static partial class ContactFinder
{
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
}
