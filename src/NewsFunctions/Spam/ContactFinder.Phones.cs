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
            var cued = candidate.Digits >= MinDigits && IsCuedPhone(text, start);
            if (candidate.Digits >= MinDigits && !scan.IsTaken(start) && (cued || !LooksLikeAmountOrDate(text, start, candidate.End)))
            {
                var phoneStart = start;
                while (phoneStart > 0 && phoneStart > start - 2 && text[phoneStart - 1] is '+' or '(')
                {
                    phoneStart--;
                }
                var found = text[phoneStart..candidate.End];
                if (IsValidPhone(found, cued))
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

    // The word before the number announces a phone ("اتصل", "whatsapp: ", "kallamna 3la"), so
    // neither a missing trunk 0 nor groups of three make it a count.
    private static bool IsCuedPhone(ReadOnlySpan<char> text, int start)
    {
        var end = SkipSeparatorsBack(text, start);
        var word = WordBefore(text, end);
        if (word is "على" or "علي" or "ع" or "on" or "at" or "3al" or "3la" or "3ala" or "ala")
        {
            word = WordBefore(text, SkipSeparatorsBack(text, end - word.Length));
        }
        if (word.Length < 2)
        {
            return false;
        }
        if (ContactData.PhoneCues.Contains(word))
        {
            return true;
        }
        // "وراسلني", "بالواتس", "عالرقم": one Arabic prefix letter, then an article.
        var rest = word[0] is 'و' or 'ف' or 'ب' or 'ع' or 'ل' ? word[1..] : word;
        rest = rest.StartsWith("ال") ? rest[2..] : rest;
        return rest.Length >= 2 && rest.Length < word.Length && ContactData.PhoneCues.Contains(rest);
    }

    private static int SkipSeparatorsBack(ReadOnlySpan<char> text, int index)
    {
        while (index > 0 && text[index - 1] is ' ' or ':' or '-' or '+' or '(' or '\uFF1A')
        {
            index--;
        }
        return index;
    }

    // Digits belong to the word too: Arabizi writes letters with them ("ra2mi", "3al").
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && (CharKinds.IsLetter(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }
        return text[start..end];
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
