using System.Buffers;

namespace NewsFunctions.Spam;

// Builds the text word lists are searched in from an already normalised text. Three evasions are
// undone here rather than in ForMatching because they change letters, not just their encoding:
// look-alike letters in non-Arabic words, letters spaced out with separators, and stretched letters.
internal static class SearchForm
{
    // Spaced-out letters are joined only for runs this long, so "a b" in ordinary prose stays apart.
    private const int MinJoinedTokens = 3;
    private const int MinJoinedLetters = 4;
    private const int MaxSeparatorRun = 3;

    private static readonly SearchValues<char> Separators = SearchValues.Create(" .-_*,/|+~·•'\"،");

    public static string Build(string normalized, out List<(int Start, int End)>? joined)
    {
        joined = null;
        var length = normalized.Length;
        var input = ArrayPool<char>.Shared.Rent(length);
        var output = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var span = input.AsSpan(0, length);
            normalized.CopyTo(span);
            LatinLookalikes.Fold(span);

            var written = 0;
            var i = 0;
            while (i < length)
            {
                if (!char.IsLetter(span[i]))
                {
                    Put(output, ref written, span[i]);
                    i++;
                    continue;
                }

                var runEnd = SpacedRunEnd(span, i);
                if (runEnd > 0)
                {
                    var start = written;
                    for (var k = i; k < runEnd; k++)
                    {
                        if (char.IsLetter(span[k]))
                        {
                            Put(output, ref written, span[k]);
                        }
                    }
                    (joined ??= []).Add((start, written));
                    i = runEnd;
                    continue;
                }

                while (i < length && char.IsLetter(span[i]))
                {
                    Put(output, ref written, span[i]);
                    i++;
                }
            }
            return new string(output, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(input);
            ArrayPool<char>.Shared.Return(output);
        }
    }

    // Squeezing every run (not just long ones) means "كاازينو" and "kaaasino" meet their terms too;
    // terms are squeezed the same way, so genuine double letters still match.
    private static void Put(char[] output, ref int written, char c)
    {
        if (written == 0 || output[written - 1] != c)
        {
            output[written++] = c;
        }
    }

    // A run of words of one or two letters, at least two of them single letters, separated by short
    // separator runs: "ك ا ز ي ن و", "c.a.s.i.n.o", "كا ز ي نو". Returns the run's end, or -1.
    private static int SpacedRunEnd(ReadOnlySpan<char> text, int start)
    {
        int tokens = 0, singles = 0, letters = 0, end = start, position = start;
        while (true)
        {
            var tokenLength = 0;
            while (position + tokenLength < text.Length && char.IsLetter(text[position + tokenLength]))
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
            if (next == end || next >= text.Length || !char.IsLetter(text[next]))
            {
                break;
            }
            position = next;
        }
        return tokens >= MinJoinedTokens && singles >= 2 && letters >= MinJoinedLetters ? end : -1;
    }
}
