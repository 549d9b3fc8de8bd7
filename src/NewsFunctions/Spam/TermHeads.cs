using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// For a position in the search text, the lengths of the terms that may start there, read from
// the term's first three chars: one table load per position where a word (or an Arabic prefix)
// ends. A hash collision only adds a length the dictionary lookup then rejects; a real term start
// is never missed, because a term shares its head with the text it is found in.
internal sealed class TermHeads
{
    // 16,384 heads of uint masks: 64 KB, a few hundred times the number of heads of a large list,
    // so most word starts of ordinary text find an empty entry.
    private const int HeadBits = 14;
    private const int LongBit = 31;
    public const uint LongMask = 1u << LongBit;

    private readonly uint[] _byThree = new uint[1 << HeadBits];
    private readonly ulong[] _oneChar = new ulong[1024];
    private readonly ulong[] _twoChars = new ulong[1024];

    // Lengths of LongBit or more, longest first; the mask's top bit stands for all of them.
    private readonly int[] _longLengths;

    public TermHeads(IEnumerable<string> forms)
    {
        var longLengths = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var form in forms)
        {
            switch (form.Length)
            {
                case 0:
                    break;
                case 1:
                    SetBit(_oneChar, form[0]);
                    break;
                case 2:
                    SetBit(_twoChars, Two(form[0], form[1]));
                    break;
                default:
                    _byThree[Three(form[0], form[1], form[2])] |= 1u << Math.Min(form.Length, LongBit);
                    if (form.Length >= LongBit)
                    {
                        longLengths.Add(form.Length);
                    }
                    break;
            }
        }
        _longLengths = [.. longLengths];
    }

    public ReadOnlySpan<int> LongLengths => _longLengths;

    // Bit n set: a term of n chars may start at text[start]; bit 31: one of LongLengths may.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint LengthsAt(ReadOnlySpan<char> text, int start)
    {
        var left = text.Length - start;
        var mask = left >= 3 ? _byThree[Three(text[start], text[start + 1], text[start + 2])] : 0u;
        if (left >= 2 && HasBit(_twoChars, Two(text[start], text[start + 1])))
        {
            mask |= 1u << 2;
        }
        if (HasBit(_oneChar, text[start]))
        {
            mask |= 1u << 1;
        }
        return mask;
    }

    public static int Longest(uint mask) => 31 - BitOperations.LeadingZeroCount(mask);

    private static int Three(char a, char b, char c)
        => (int)((((uint)a * 0x9E3779B1u) ^ ((uint)b * 0x85EBCA77u) ^ ((uint)c * 0xC2B2AE3Du)) >> (32 - HeadBits));

    private static int Two(char a, char b) => (int)((((uint)a * 0x9E3779B1u) ^ ((uint)b * 0x85EBCA77u)) >> 16);

    private static void SetBit(ulong[] bits, int value) => bits[(value >> 6) & 1023] |= 1UL << value;

    private static bool HasBit(ulong[] bits, int value) => (bits[(value >> 6) & 1023] & (1UL << value)) != 0;
}
