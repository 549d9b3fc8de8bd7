using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// char.IsLetter looks every non-ASCII character up in the Unicode tables; Arabic letters answer
// from a range check first because they are most of what this engine reads.
internal static class CharKinds
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c);
        }
        if (c is >= '\u0621' and <= '\u064A')
        {
            return c != '\u0640';
        }
        return c is not ((>= '\u064B' and <= '\u065F') or '\u0640' or (>= '\u0660' and <= '\u066D')) && char.IsLetter(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c)
        => c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
