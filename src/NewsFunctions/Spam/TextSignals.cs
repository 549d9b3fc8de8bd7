namespace NewsFunctions.Spam;

// Signals read from the characters themselves rather than from words.
internal static class TextSignals
{
    private const int StretchedRun = 5;
    private const int PunctuationRun = 4;
    private const int MinLettersForCaps = 12;

    // Zero-width and filler characters. The zero-width joiner counts only outside emoji, where it
    // legitimately glues family and flag sequences together; variation selectors never count.
    public static int InvisibleCount(string original)
    {
        var count = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c is '\u200B' or '\u200C' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF'
                or '\u00AD' or '\u180E' or '\u034F' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0')
            {
                count++;
            }
            else if (c == '\u200D' && !(i > 0 && char.IsSurrogate(original[i - 1])))
            {
                count++;
            }
        }
        return count;
    }

    public static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }
        return count;
    }

    public static int BidiControlCount(string original)
    {
        var count = 0;
        foreach (var c in original)
        {
            count += TextNormalizer.BidiControls.Contains(c) ? 1 : 0;
        }
        return count;
    }

    // A word with Latin letters and Cyrillic or Greek look-alikes is written to fool a filter:
    // nobody types "cаsino" with a Cyrillic а by accident.
    public static string? MixedScriptWord(string normalized)
    {
        var start = -1;
        bool latin = false, lookalike = false;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (char.IsLetter(c))
            {
                start = start < 0 ? i : start;
                latin |= char.IsAsciiLetter(c);
                lookalike |= LatinLookalikes.IsLookalike(c);
                continue;
            }
            if (latin && lookalike)
            {
                return normalized[start..i];
            }
            start = -1;
            latin = lookalike = false;
        }
        return null;
    }

    public static string? StretchedWord(string normalized) => FindRun(normalized, char.IsLetter, StretchedRun);

    public static string? RepeatedPunctuation(string normalized) => FindRun(normalized, char.IsPunctuation, PunctuationRun);

    // Share of capitals among Latin letters, or null when there are too few letters to judge.
    public static double? CapitalShare(string original)
    {
        int letters = 0, capitals = 0;
        foreach (var c in original)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
                capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
            }
        }
        return letters < MinLettersForCaps ? null : (double)capitals / letters;
    }

    private static string? FindRun(string text, Func<char, bool> kind, int minimum)
    {
        var run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = text[i] == text[i - 1] && kind(text[i]) ? run + 1 : 1;
            if (run == minimum)
            {
                return new string(text[i], minimum);
            }
        }
        return null;
    }
}
