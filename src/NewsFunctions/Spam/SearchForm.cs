using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// Builds the text word lists are searched in from an already normalised text. Three evasions are
// undone here rather than in ForMatching because they change letters, not just their encoding:
// look-alike letters in non-Arabic words, letters spaced out with separators, and stretched letters.
internal readonly record struct SearchText(
    string Text, List<(int Start, int End)>? Joined, int Letters, string? MixedScriptWord, string? StretchedRun, string? PunctuationRun);

internal static class SearchForm
{
    // Spaced-out letters are joined only for runs this long, so "a b" in ordinary prose stays apart.
    private const int MinJoinedTokens = 3;
    private const int MinJoinedLetters = 4;
    private const int MaxSeparatorRun = 3;

    private static readonly SearchValues<char> Separators = SearchValues.Create(" .-_*,/|+~·•'\"،");

    public static SearchText Build(string normalized)
    {
        var length = normalized.Length;
        var input = ArrayPool<char>.Shared.Rent(length);
        var output = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var span = input.AsSpan(0, length);
            normalized.CopyTo(span);
            var mixed = LatinLookalikes.MayApply(span) ? LatinLookalikes.Fold(span) : null;

            // The character facts are gathered in the same pass, on the letters before squeezing.
            var facts = new Facts();
            List<(int Start, int End)>? joined = null;
            var written = 0;
            var i = 0;
            while (i < length)
            {
                if (!CharKinds.IsLetter(span[i]))
                {
                    facts.Observe(span, i, letter: false);
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
                        var letter = CharKinds.IsLetter(span[k]);
                        facts.Observe(span, k, letter);
                        if (letter)
                        {
                            Put(output, ref written, span[k]);
                        }
                    }
                    (joined ??= []).Add((start, written));
                    i = runEnd;
                    continue;
                }

                while (i < length && CharKinds.IsLetter(span[i]))
                {
                    facts.Observe(span, i, letter: true);
                    Put(output, ref written, span[i]);
                    i++;
                }
            }
            return new SearchText(new string(output, 0, written), joined, facts.Letters, mixed, facts.Stretched, facts.Punctuation);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(input);
            ArrayPool<char>.Shared.Return(output);
        }
    }

    // Runs of one character: five letters in a row read as stretching ("رااااائع", "heeeelp"), four
    // punctuation marks as shouting. Neither holds a comment alone; both add to the score.
    private struct Facts
    {
        private const int StretchedRun = 5;
        private const int PunctuationRun = 4;

        private int _run;

        public int Letters { get; private set; }

        public string? Stretched { get; private set; }

        public string? Punctuation { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Observe(ReadOnlySpan<char> text, int index, bool letter)
        {
            var c = text[index];
            _run = index > 0 && text[index - 1] == c ? _run + 1 : 1;
            if (letter)
            {
                Letters++;
                if (_run == StretchedRun)
                {
                    Stretched ??= new string(c, _run);
                }
            }
            else if (_run == PunctuationRun && char.IsPunctuation(c))
            {
                Punctuation ??= new string(c, _run);
            }
        }
    }

    // Squeezing every run (not just long ones) means "كاازينو" and "kaaasino" meet their terms too;
    // terms are squeezed the same way, so genuine double letters still match.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
