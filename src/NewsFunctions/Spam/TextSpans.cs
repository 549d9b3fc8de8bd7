namespace NewsFunctions.Spam;

// Positions in normalised comment text: word edges, spaces, and letters spaced out one by one.
internal static class TextSpans
{
    // Single characters with one space between them, at least three: "a h m e d 9 9". Returns the end
    // of the run and its characters put together, or null.
    internal static (int End, string Collapsed)? SpacedOutRun(ReadOnlySpan<char> text, int start)
    {
        if (!IsSingle(text, start))
        {
            return null;
        }
        var end = start;
        var count = 1;
        while (end + 2 < text.Length && text[end + 1] == ' ' && IsSingle(text, end + 2))
        {
            end += 2;
            count++;
        }
        if (count < 3)
        {
            return null;
        }
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = text[start + (2 * i)];
        }
        return (end + 1, new string(chars));
    }

    // A character that stands alone between spaces (or the text's ends).
    internal static bool IsSingle(ReadOnlySpan<char> text, int index)
        => index < text.Length && text[index] != ' ' && (index == 0 || text[index - 1] == ' ')
            && (index + 1 == text.Length || text[index + 1] == ' ');

    internal static bool StartsWord(ReadOnlySpan<char> text, int index)
        => index == 0 || !IsWordChar(text[index - 1])
            || (text[index - 1] is 'و' or 'ف' && (index == 1 || !IsWordChar(text[index - 2])));

    internal static bool EndsWord(ReadOnlySpan<char> text, int end) => end >= text.Length || !IsWordChar(text[end]);

    internal static bool IsWordChar(char c) => char.IsAsciiDigit(c) || CharKinds.IsLetter(c);

    internal static int SkipSpaces(ReadOnlySpan<char> text, int index, int most)
    {
        var end = Math.Min(text.Length, index + most);
        while (index < end && text[index] == ' ')
        {
            index++;
        }
        return index;
    }

    internal static int SkipSpacesBack(ReadOnlySpan<char> text, int index, int most)
    {
        var start = Math.Max(0, index - most);
        while (index > start && text[index - 1] == ' ')
        {
            index--;
        }
        return index;
    }
}
