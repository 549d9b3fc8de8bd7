using System.Buffers;

namespace NewsFunctions.Spam;

// Builds the text word lists are searched in from an already normalised text. Four evasions are
// undone here rather than in ForMatching because they change letters, not just their encoding:
// look-alike letters and leetspeak in non-Arabic words, letters spaced out with separators,
// stretched letters, and a superscript alef written for a real one.
internal readonly record struct SearchText(
    string Text, List<(int Start, int End)>? Joined, int Letters, string? MixedScriptWord, string? StretchedRun, string? PunctuationRun);

internal static class SearchForm
{
    // Spaced-out letters are joined only for runs this long, so "a b" in ordinary prose stays apart.
    private const int MinJoinedTokens = 3;
    private const int MinJoinedLetters = 4;
    private const int MaxSeparatorRun = 3;

    // Five letters in a row read as stretching ("رااااائع", "heeeelp"), four punctuation marks as
    // shouting. Neither holds a comment alone; both add to the score.
    private const int StretchedRun = 5;
    private const int PunctuationRun = 4;

    private const char Alef = '\u0627';

    private static readonly SearchValues<char> Separators = SearchValues.Create(" .-_*,/|+~·•'\"،");

    public static SearchText Build(string normalized)
    {
        var input = ArrayPool<char>.Shared.Rent(normalized.Length);
        var output = ArrayPool<char>.Shared.Rent(normalized.Length);
        try
        {
            var span = input.AsSpan(0, normalized.Length);
            normalized.CopyTo(span);
            string? mixed = null;
            if (LatinLookalikes.MayApply(span))
            {
                span = span[..LatinLookalikes.Fold(span, out mixed)];
            }
            return Squeeze(span, output, mixed);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(input);
            ArrayPool<char>.Shared.Return(output);
        }
    }

    // Every run of one character is squeezed, not just long ones, so "كاازينو" and "kaaasino" meet
    // their terms too; terms are squeezed the same way, so real double letters still match.
    // Character facts are gathered in the same pass, on the letters before squeezing. The loop sits
    // outside the try/finally and uses plain locals so they stay in registers.
    private static SearchText Squeeze(ReadOnlySpan<char> span, char[] output, string? mixed)
    {
        List<(int Start, int End)>? joined = null;
        int written = 0, letters = 0, run = 0, i = 0;
        string? stretched = null, punctuation = null;
        while (i < span.Length)
        {
            var c = span[i];
            run = i > 0 && span[i - 1] == c ? run + 1 : 1;
            if (!CharKinds.IsLetter(c))
            {
                if (c == TextNormalizer.SuperscriptAlef)
                {
                    // Between two letters it spells the long a that spammers leave out of the line
                    // ("قمٰر" for قمار); elsewhere, as ForMatching's other marks, it is dropped.
                    if (i > 0 && i + 1 < span.Length && CharKinds.IsArabicLetter(span[i - 1]) && CharKinds.IsArabicLetter(span[i + 1]))
                    {
                        letters++;
                        if (output[written - 1] != Alef)
                        {
                            output[written++] = Alef;
                        }
                    }
                    i++;
                    continue;
                }
                if (run == PunctuationRun && char.IsPunctuation(c))
                {
                    punctuation ??= new string(c, run);
                }
                if (written == 0 || output[written - 1] != c)
                {
                    output[written++] = c;
                }
                i++;
                continue;
            }

            // A word of three letters or more starts no spaced-out run; most words are, so only
            // the short ones pay for the call.
            var wordStart = i == 0 || !CharKinds.IsLetter(span[i - 1]);
            var runEnd = wordStart && IsShortWord(span, i) ? SpacedRunEnd(span, i) : -1;
            if (runEnd > 0)
            {
                var start = written;
                for (var k = i; k < runEnd; k++)
                {
                    if (!CharKinds.IsLetter(span[k]))
                    {
                        continue;
                    }
                    letters++;
                    if (written == 0 || output[written - 1] != span[k])
                    {
                        output[written++] = span[k];
                    }
                }
                (joined ??= []).Add((start, written));
                i = runEnd;
                continue;
            }

            letters++;
            if (run == StretchedRun)
            {
                stretched ??= new string(c, run);
            }
            if (written == 0 || output[written - 1] != c)
            {
                output[written++] = c;
            }
            i++;
        }
        return new SearchText(new string(output, 0, written), joined, letters, mixed, stretched, punctuation);
    }

    private static bool IsShortWord(ReadOnlySpan<char> text, int start)
        => start + 2 >= text.Length || !CharKinds.IsLetter(text[start + 1]) || !CharKinds.IsLetter(text[start + 2]);

    // A run of words of one or two letters, at least two of them single letters, separated by short
    // separator runs: "ك ا ز ي ن و", "c.a.s.i.n.o", "كا ز ي نو". Returns the run's end, or -1.
    private static int SpacedRunEnd(ReadOnlySpan<char> text, int start)
    {
        int tokens = 0, singles = 0, letters = 0, end = start, position = start;
        while (true)
        {
            var tokenLength = 0;
            while (tokenLength <= 2 && position + tokenLength < text.Length && CharKinds.IsLetter(text[position + tokenLength]))
            {
                tokenLength++;
            }
            if (tokenLength > 2)
            {
                break;
            }

            tokens++;
            letters += tokenLength;
            singles += tokenLength == 1 ? 1 : 0;
            end = position + tokenLength;

            var next = end;
            while (next < text.Length && next - end < MaxSeparatorRun && Separators.Contains(text[next]))
            {
                next++;
            }
            if (next == end || next >= text.Length || !CharKinds.IsLetter(text[next]))
            {
                break;
            }
            position = next;
        }
        return tokens >= MinJoinedTokens && singles >= 2 && letters >= MinJoinedLetters ? end : -1;
    }
}
