using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// For a position in the search text, the lengths of the terms that may start there, read from
// the term's first four chars (fewer for shorter terms), and whether a term of one such length may
// end in the char found there: a table load or two per place where a word (or an Arabic prefix)
// ends, before any dictionary lookup. Four chars, because three are too often shared by real words
// ("الت", "الم"). A hash collision only lets through a lookup that then fails; a real term is never
// missed, because it shares its head and its last char with the text it is found in.
internal sealed class TermHeads
{
    // 16,384 masks of 32 bits: 64 KB, many times the number of heads of a large list, so most
    // word starts of ordinary text find an empty entry.
    private const int HeadBits = 14;
    private const int LongBit = 31;
    public const uint LongMask = 1u << LongBit;

    private readonly uint[] _byHead = new uint[1 << HeadBits];
    private readonly BitFilter _oneChar = new();
    private readonly BitFilter _twoChars = new();
    private readonly BitFilter _threeChars = new();
    private readonly BitFilter _ends = new();

    // Lengths of LongBit or more, longest first; the mask's top bit stands for all of them.
    private readonly int[] _longLengths;

    public TermHeads(IEnumerable<string> forms)
    {
        var longLengths = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var form in forms.Where(f => f.Length > 0))
        {
            _ends.Set(End(form[0], form.Length, form[^1]));
            switch (form.Length)
            {
                case 1:
                    _oneChar.Set(form[0]);
                    break;
                case 2:
                    _twoChars.Set(Hash16(form[0], form[1], '\0', '\0'));
                    break;
                case 3:
                    _threeChars.Set(Hash16(form[0], form[1], form[2], '\0'));
                    break;
                default:
                    _byHead[Hash16(form[0], form[1], form[2], form[3]) >> (16 - HeadBits)] |= 1u << Math.Min(form.Length, LongBit);
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
        var mask = left >= 4 ? _byHead[Hash16(text[start], text[start + 1], text[start + 2], text[start + 3]) >> (16 - HeadBits)] : 0u;
        if (left >= 3 && _threeChars.Has(Hash16(text[start], text[start + 1], text[start + 2], '\0')))
        {
            mask |= 1u << 3;
        }
        if (left >= 2 && _twoChars.Has(Hash16(text[start], text[start + 1], '\0', '\0')))
        {
            mask |= 1u << 2;
        }
        if (_oneChar.Has(text[start]))
        {
            mask |= 1u << 1;
        }
        return mask;
    }

    // Whether a term of this length that starts with text[start] may end with text[start + length - 1].
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayEnd(ReadOnlySpan<char> text, int start, int length)
        => _ends.Has(End(text[start], length, text[start + length - 1]));

    // Whether word may be a whole term: its length among its head's, and its last char.
    public bool MayBeTerm(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        return length > 0 && _ends.Has(End(word[0], length, word[^1]))
            && (LengthsAt(word, 0) & (length >= LongBit ? LongMask : 1u << length)) != 0;
    }

    public static int Longest(uint mask) => 31 - BitOperations.LeadingZeroCount(mask);

    private static int Hash16(char a, char b, char c, char d)
        => (int)((((uint)a * 0x9E3779B1u) ^ ((uint)b * 0x85EBCA77u) ^ ((uint)c * 0xC2B2AE3Du) ^ ((uint)d * 0x27D4EB2Fu)) >> 16);

    private static int End(char first, int length, char last)
        => (int)((((uint)first * 0x9E3779B1u) ^ ((uint)length * 0x85EBCA77u) ^ ((uint)last * 0xC2B2AE3Du)) >> 16);
}
