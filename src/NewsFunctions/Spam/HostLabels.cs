using System.Buffers;
using System.Globalization;
using static NewsFunctions.Spam.TextSpans;

namespace NewsFunctions.Spam;

// The pieces a host name is read from: labels, the separators between them (written plainly or to
// dodge), the path after them, and what follows in the sentence.
internal static class HostLabels
{
    private const int MaxPathLength = 500;

    private static readonly SearchValues<char> PathStops = SearchValues.Create(" \t\r\n<>\"'`)]}");

    // SentenceBreak: "word. word", the dot against the first word and a space after it.
    internal enum Separator : byte { None, Plain, Spaced, SentenceBreak, Bracketed, Word, OddDot }

    // The Unicode form, folded like the comment, or the input unchanged when it is not valid punycode.
    internal static string DecodePunycode(string name)
    {
        try
        {
            return TextNormalizer.ForMatching(new IdnMapping().GetUnicode(name));
        }
        catch (ArgumentException)
        {
            return name;
        }
    }

    internal static bool IsAllLetters(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!CharKinds.IsLetter(c))
            {
                return false;
            }
        }
        return name.Length > 0;
    }

    internal static bool TryReadSeparator(ReadOnlySpan<char> text, int index, out int next, out Separator separator)
    {
        next = index;
        separator = Separator.None;
        var core = SkipSpaces(text, index, 2);
        if (core >= text.Length)
        {
            return false;
        }
        var c = text[core];
        if (c is '.' or '\u3002' or '\uFF61' or '\u06D4')
        {
            next = SkipSpaces(text, core + 1, 2);
            separator = c != '.' ? Separator.OddDot
                : next - index == 1 ? Separator.Plain
                : core == index ? Separator.SentenceBreak
                : Separator.Spaced;
            return true;
        }
        if (c is '[' or '(')
        {
            var close = c == '[' ? ']' : ')';
            var inner = text[(core + 1)..];
            var length = inner.StartsWith(".") ? 1 : inner.StartsWith("dot") ? 3 : inner.StartsWith("دوت") ? 3 : inner.StartsWith("نقطه") ? 4 : 0;
            if (length == 0 || length >= inner.Length || inner[length] != close)
            {
                return false;
            }
            next = SkipSpaces(text, core + length + 2, 2);
            separator = Separator.Bracketed;
            return true;
        }
        if (core == index)
        {
            return false;
        }
        foreach (var word in (ReadOnlySpan<string>)["dot", "دوت", "نقطه"])
        {
            if (text[core..].StartsWith(word, StringComparison.Ordinal))
            {
                next = SkipSpaces(text, core + word.Length, 2);
                separator = Separator.Word;
                return next > core + word.Length;
            }
        }
        return false;
    }

    internal static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || (c >= 0x80 && CharKinds.IsLetter(c));

    // Arabic glued to a Latin address ("موقعناsite.com") ends the label: the two never share one.
    internal enum Script : byte { Neutral, Arabic, Other }

    private static Script ScriptOf(char c)
        => char.IsAsciiDigit(c) || c == '-' ? Script.Neutral : CharKinds.IsArabicLetter(c) ? Script.Arabic : Script.Other;

    internal static int LabelEnd(ReadOnlySpan<char> text, int start)
    {
        var script = Script.Neutral;
        var end = start;
        while (end < text.Length && IsLabelChar(text[end]) && SameScript(ref script, text[end]))
        {
            end++;
        }
        return end;
    }

    internal static int LabelStart(ReadOnlySpan<char> text, int end)
    {
        var script = Script.Neutral;
        var start = end;
        while (start > 0 && IsLabelChar(text[start - 1]) && SameScript(ref script, text[start - 1]))
        {
            start--;
        }
        return start;
    }

    private static bool SameScript(ref Script script, char c)
    {
        var of = ScriptOf(c);
        if (of == Script.Neutral || of == script)
        {
            return true;
        }
        if (script == Script.Neutral)
        {
            script = of;
            return true;
        }
        return false;
    }

    internal static int PathEnd(ReadOnlySpan<char> text, int slash)
    {
        var rest = text[slash..Math.Min(text.Length, slash + MaxPathLength)];
        var stop = rest.IndexOfAny(PathStops);
        var end = slash + (stop < 0 ? rest.Length : stop);
        // Sentence punctuation right after a link belongs to the sentence.
        while (end > slash + 1 && text[end - 1] is '.' or ',' or '!' or '?' or ':' or ';' or '\u060C' or '\u061F')
        {
            end--;
        }
        return end;
    }

    // The next word on the line is in the script of the top-level domain: "it.me too" reads on as
    // English, "الاقتصادية.مصر تعاني" as Arabic, while "offers.link للمزيد" switches script.
    internal static bool ProseFollows(ReadOnlySpan<char> text, int index, bool latin)
    {
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (c is '\n' or '\r')
            {
                return false;
            }
            if (CharKinds.IsLetter(c))
            {
                return latin == char.IsAsciiLetter(c);
            }
            if (char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return false;
    }
}
