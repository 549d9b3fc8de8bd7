using System.Buffers;
using System.Globalization;
using System.Text;
using static NewsFunctions.Spam.NfkcStability;

namespace NewsFunctions.Spam;

// Matching only: the original comment is what is stored and shown.
public static class TextNormalizer
{
    public static string ForMatching(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // NFKC goes through ICU and costs more than everything else together; most comments hold
        // nothing it would change once marks are dropped, so folding starts optimistically and
        // NFKC runs only when a character it could change turns up.
        return Fold(text, stopAtUnstable: true)
            ?? Fold(StripBeforeCompatibility(text).Normalize(NormalizationForm.FormKC), stopAtUnstable: false)!;
    }

    // The form word lists are searched in: ForMatching, then the evasions SearchForm undoes (look-alikes,
    // leetspeak, spaced-out and repeated letters). Terms go through the same function so both sides agree.
    public static string ForTermSearch(string text) => SearchForm.Build(ForMatching(text)).Text;

    // For display: explicit embeddings, overrides and isolates are removed, so a comment cannot
    // reverse the text around it. The LRM/RLM/ALM marks stay; they only nudge neutral characters.
    public static string NeutraliseBidi(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(BidiControls) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!BidiControls.Contains(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    internal static readonly SearchValues<char> BidiControls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static string StripBeforeCompatibility(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Enumerating runes turns lone surrogates into U+FFFD; U+FFFE (a byte-order mark read the
        // wrong way round) is the one other character .NET's NFKC refuses, so it goes here too.
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsDefaultIgnorable(rune.Value) && !IsSpacingArabicMarkForm(rune.Value) && rune.Value != 0xFFFE)
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }

    // What the first, optimistic pass does with each char, worked out once for all 65,536:
    // the folded char, Dropped, or Slow (surrogates, and characters NFKC could change, which send
    // the text down the NFKC path). Built from FoldChar and IsKnownStable, so both passes agree
    // and a rule changed there changes the table too.
    private const char Dropped = '\0';
    private const char Slow = '\uFFFF';

    private static readonly char[] OptimisticFolds = BuildOptimisticFolds();

    private static char[] BuildOptimisticFolds()
    {
        var folds = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            // Arabic letters and marks are folded or dropped before any stability test, as the Arabic
            // loop after NFKC does (combining hamza and madda included).
            folds[i] = c is >= '\u0621' and <= '\u065F' ? FoldChar(c)
                : char.IsSurrogate(c) || !IsKnownStable(c) ? Slow
                : IsDefaultIgnorable(c) ? Dropped
                : FoldChar(c);
        }
        return folds;
    }

    private static string? Fold(string text, bool stopAtUnstable)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = stopAtUnstable ? FoldKnownStable(text, buffer) : FoldAll(text, buffer);
            return length < 0 ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Returns the folded length, or -1 when a character needs NFKC first. ASCII stays out of the
    // table because NUL is kept there while Dropped means delete.
    private static int FoldKnownStable(string text, char[] buffer)
    {
        var folds = OptimisticFolds;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }
            var folded = folds[c];
            if (folded == Slow)
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return -1;
                }
                if (!IsStableSupplementary(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return -1;
                }
                KeepSupplementary(text, i++, buffer, ref length);
                continue;
            }
            if (folded != Dropped)
            {
                buffer[length++] = folded;
            }
        }
        return length;
    }

    // After NFKC every character is known, so nothing is slow any more; FoldChar does it all.
    private static int FoldAll(string text, char[] buffer)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                KeepSupplementary(text, i++, buffer, ref length);
                continue;
            }
            var folded = c < 0x80 || !IsDefaultIgnorable(c) ? FoldChar(c) : '\0';
            if (folded != '\0' || c == '\0')
            {
                buffer[length++] = folded;
            }
        }
        return length;
    }

    // Emoji and other supplementary characters stay whole; tags and other ignorables go.
    private static void KeepSupplementary(string text, int i, char[] buffer, ref int length)
    {
        if (!IsDefaultIgnorable(char.ConvertToUtf32(text[i], text[i + 1])))
        {
            buffer[length++] = text[i];
            buffer[length++] = text[i + 1];
        }
    }

    // Returns '\0' for characters that are dropped. The letter folds follow the usual Arabic
    // search normalisation (alef, yeh and teh marbuta variants to one letter each), and letters of
    // the other languages written in Arabic script go to the basic letter they are built on.
    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A'))
        {
            return c switch
            {
                '\u0622' or '\u0623' or '\u0625' => '\u0627',
                '\u0649' => '\u064A',
                '\u0629' => '\u0647',
                _ => c,
            };
        }

        var arabic = ArabicLetterFolds.Get(c);
        if (arabic != '\0')
        {
            return arabic;
        }
        if (c == '\u0640' || IsArabicMark(c))
        {
            return '\0';
        }
        // Kept for the search form, which reads it as the alef it stands for between two letters
        // ("قمٰر" for قمار); every other consumer of this form ignores it as a non-letter.
        if (c == SuperscriptAlef)
        {
            return c;
        }
        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        if (category == UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }
        if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF'))
        {
            // Accented Latin letters match their base letter: "cásino" and "cạsino" are ways to dodge
            // "casino". Letters with strokes and hooks (ø, ł, đ) do not decompose; LatinLookalikes takes them.
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            return char.ToLowerInvariant(decomposed[0]);
        }
        return char.ToLowerInvariant(c);
    }

    internal const char SuperscriptAlef = '\u0670';

    // Harakat, Quranic annotation marks and the extended Arabic marks.
    private static bool IsArabicMark(char c)
        => c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F')
            or (>= '\u06D6' and <= '\u06ED') or (>= '\u08D3' and <= '\u08FF');
}
