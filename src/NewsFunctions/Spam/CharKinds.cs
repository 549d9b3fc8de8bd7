using System.Runtime.CompilerServices;

namespace NewsFunctions.Spam;

// Letter tests run on every character of every comment (search form, word boundaries), so the
// answer for all 65,536 chars is worked out once into a table and each test is one load. The
// table is built from the rule below; Arabic letters are most of what this engine reads.
internal static class CharKinds
{
    private const byte Letter = 1;
    private const byte ArabicLetter = 2;

    private static readonly byte[] Kinds = BuildKinds();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (Kinds[c] & Letter) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicLetter(char c) => (Kinds[c] & ArabicLetter) != 0;

    // Tatweel, harakat and Arabic-Indic digits sit among the Arabic letters but are not letters.
    private static bool IsLetterRule(char c)
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

    private static bool IsArabicLetterRule(char c)
        => c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            kinds[i] = (byte)((IsLetterRule(c) ? Letter : 0) | (IsArabicLetterRule(c) ? ArabicLetter : 0));
        }
        return kinds;
    }
}
