using System.Buffers;

namespace NewsFunctions.Spam;

// Signals read from the original text, before normalisation deletes what they count. The ones read
// from the normalised text come with the search form (SearchForm.Build), in the same pass.
internal static class TextSignals
{
    private const int MinLettersForCaps = 12;

    public readonly record struct OriginalFacts(int Invisible, int BidiControls, double? CapitalShare);

    // Zero-width and filler characters count as invisible. The zero-width joiner counts only outside
    // emoji, where it legitimately glues family and flag sequences together.
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        "\u200B\u200C\u200D\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD\u180E\u034F\u115F\u1160\u3164\uFFA0"
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    // Vectorised searches first: most comments have no hidden characters and no capitals at all.
    public static OriginalFacts ReadOriginal(string original)
    {
        int invisible = 0, bidi = 0;
        var span = original.AsSpan();
        int index, offset = 0;
        while ((index = span[offset..].IndexOfAny(Hidden)) >= 0)
        {
            var at = offset + index;
            var c = original[at];
            if (TextNormalizer.BidiControls.Contains(c))
            {
                bidi++;
            }
            else if (c != '\u200D' || !(at > 0 && char.IsSurrogate(original[at - 1])))
            {
                invisible++;
            }
            offset = at + 1;
        }
        return new OriginalFacts(invisible, bidi, CapitalShare(span));
    }

    private static double? CapitalShare(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('A', 'Z') < 0)
        {
            return null;
        }
        int letters = 0, capitals = 0;
        foreach (var c in text)
        {
            letters += char.IsAsciiLetter(c) ? 1 : 0;
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }
        return letters < MinLettersForCaps ? null : (double)capitals / letters;
    }
}
