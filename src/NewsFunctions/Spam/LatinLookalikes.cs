using System.Buffers;
using System.Text;

namespace NewsFunctions.Spam;

// Characters of other scripts that look like Latin letters, from the UTS #39 confusable skeletons
// (Spam/Data/latin-confusables.txt), and digits and symbols standing in for letters ("v1agra",
// "c@s!no", "\/egas"). Applied only to words without Arabic letters: skeletons would turn ا into l
// and ه into o.
internal static class LatinLookalikes
{
    private const byte Lookalike = 1;
    // A letter of another script, or an IPA or small-capital form: nobody mixes one into an English
    // word by accident. Letters of Latin-script languages (ø, ł, đ, ı) fold but are no signal.
    private const byte Foreign = 2;
    private const byte StartsSupplementary = 4;
    private const byte LeetSymbol = 8;

    // The ASCII chars a leet unit can start with, for MayApply's vectorised search.
    private static readonly SearchValues<char> LeetCandidates = SearchValues.Create("013457@$!|(\\>");

    private static readonly char[] Letters = new char[char.MaxValue + 1];
    private static readonly byte[] Kinds = new byte[char.MaxValue + 1];
    private static readonly Dictionary<int, char> Supplementary = [];

    static LatinLookalikes()
    {
        foreach (var (codePoint, letter) in UnicodeDataFile.Read(UnicodeDataFile.LatinConfusables))
        {
            var foreign = Rune.IsLetter(new Rune(codePoint)) && codePoint is not (>= 0x00C0 and <= 0x024F);
            if (codePoint > char.MaxValue)
            {
                // Most supplementary look-alikes (mathematical, enclosed) never get here: NFKC in
                // ForMatching has already made them ASCII, so the generated file leaves them out.
                Supplementary[codePoint] = letter[0];
                Kinds[char.ConvertFromUtf32(codePoint)[0]] |= StartsSupplementary;
                continue;
            }
            Letters[codePoint] = letter[0];
            Kinds[codePoint] |= (byte)(Lookalike | (foreign ? Foreign : 0));
        }
        Kinds['€'] |= LeetSymbol;
        Kinds['£'] |= LeetSymbol;
    }

    // Folds the text in place and returns its new length: "\/" is two chars for one letter, and a
    // supplementary look-alike two for one. Sets mixed to the first word that mixed Latin letters
    // with foreign look-alikes: nobody types "cаsino" with a Cyrillic а by accident.
    public static int Fold(Span<char> text, out string? mixed)
    {
        mixed = null;
        int written = 0, i = 0;
        while (i < text.Length)
        {
            var length = TokenCharLength(text, i);
            if (length == 0)
            {
                text[written++] = text[i++];
                continue;
            }
            var end = i;
            var hasArabic = false;
            while (end < text.Length && (length = TokenCharLength(text, end)) > 0)
            {
                hasArabic |= CharKinds.IsArabicLetter(text[end]);
                end += length;
            }
            var token = text[i..end];
            if (!hasArabic)
            {
                mixed ??= MixedWord(token);
            }
            token.CopyTo(text[written..]);
            written += hasArabic ? token.Length : FoldToken(text.Slice(written, token.Length));
            i = end;
        }
        return written;
    }

    // Whether Fold could change anything: a look-alike, or a digit or symbol touching a Latin letter.
    // Nearly every comment answers no. Look-alikes are neither ASCII nor in the Arabic block (the
    // generated file leaves Arabic script out), so two vectorised range searches find where the
    // table needs asking, if anywhere.
    public static bool MayApply(ReadOnlySpan<char> text)
    {
        var below = text.IndexOfAnyInRange('\u0080', '\u05FF');
        var above = text.IndexOfAnyInRange('\u0700', '\uFFFF');
        var from = below < 0 ? above : above < 0 ? below : Math.Min(below, above);
        var kinds = Kinds;
        for (var k = from < 0 ? text.Length : from; k < text.Length; k++)
        {
            var kind = kinds[text[k]];
            if (kind != 0 && ((kind & StartsSupplementary) == 0 || SupplementaryAt(text, k) != '\0'))
            {
                return true;
            }
        }

        var offset = 0;
        int index;
        while ((index = text[offset..].IndexOfAny(LeetCandidates)) >= 0)
        {
            // Two ahead as well: a letter after "\/" or "|<" is what those stand before.
            var at = offset + index;
            if ((at > 0 && char.IsAsciiLetter(text[at - 1]))
                || (at + 1 < text.Length && char.IsAsciiLetter(text[at + 1]))
                || (at + 2 < text.Length && char.IsAsciiLetter(text[at + 2])))
            {
                return true;
            }
            offset = at + 1;
        }
        return false;
    }

    // How many chars the token character at k takes (0 when none starts there): a letter, a digit, a
    // look-alike, or a whole leet unit, so a lone '>' or '/' still ends a word. Digits that stand for
    // no letter belong to the word too, so "21st" is not read as "2" and "1st".
    private static int TokenCharLength(ReadOnlySpan<char> text, int k)
    {
        var c = text[k];
        if (CharKinds.IsLetter(c) || char.IsDigit(c) || (Kinds[c] & Lookalike) != 0)
        {
            return 1;
        }
        if ((Kinds[c] & StartsSupplementary) != 0 && SupplementaryAt(text, k) != '\0')
        {
            return 2;
        }
        return LeetSpelling.LeetAt(text, k).Length;
    }

    private static char SupplementaryAt(ReadOnlySpan<char> text, int k)
        => k + 1 < text.Length && char.IsSurrogatePair(text[k], text[k + 1])
            && Supplementary.TryGetValue(char.ConvertToUtf32(text[k], text[k + 1]), out var letter)
            ? letter : '\0';

    private static string? MixedWord(ReadOnlySpan<char> token)
    {
        bool latin = false, foreign = false;
        for (var k = 0; k < token.Length; k++)
        {
            latin |= char.IsAsciiLetter(token[k]);
            foreign |= (Kinds[token[k]] & Foreign) != 0 || SupplementaryAt(token, k) != '\0';
        }
        // Named without the symbols around it: "ᴄheap!" is reported as ᴄheap.
        return latin && foreign ? token.Trim(@"!|(\/<>").ToString() : null;
    }

    private static int FoldToken(Span<char> token)
    {
        // Look-alikes first, so a digit next to one counts as touching a letter ("сas1no").
        var length = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var supplementary = SupplementaryAt(token, k);
            if (supplementary != '\0')
            {
                token[length++] = supplementary;
                k++;
                continue;
            }
            var c = token[k];
            token[length++] = Letters[c] != '\0' ? Letters[c] : c;
        }
        return LeetSpelling.FoldLeet(token[..length]);
    }
}
