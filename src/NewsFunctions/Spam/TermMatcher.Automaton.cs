using System.Buffers;
using static NewsFunctions.Spam.WordAffixes;

namespace NewsFunctions.Spam;

// The Aho-Corasick pass (SearchValues<string>) over every position, for text with spaced-out letters.
internal sealed partial class TermMatcher
{
    // Inside spaced-out letters a term may start anywhere, so there the automaton reads every
    // position. Internal for the test that holds both scans to one answer.
    internal void FindWithAutomaton(string searchText, List<(int Start, int End)>? joined, List<TermMatch> found)
    {
        char[]? rented = null;
        var scan = searchText.Length <= 1024
            ? stackalloc char[searchText.Length]
            : (rented = ArrayPool<char>.Shared.Rent(searchText.Length)).AsSpan(0, searchText.Length);
        ToScanForm(searchText, scan);
        Scan(searchText, scan, joined, found);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // The automaton runs over the scan form; every hit is then checked on the real text, so a
    // scan-form collision only costs a lookup, and no real term start is ever skipped.
    private void Scan(string searchText, ReadOnlySpan<char> scan, List<(int Start, int End)>? joined, List<TermMatch> found)
    {
        var position = 0;
        while (position < searchText.Length)
        {
            var offset = scan[position..].IndexOfAny(_search!);
            if (offset < 0)
            {
                return;
            }
            var start = position + offset;
            position = start + 1;
            // Most hits in long text are a term's letters in the middle of another word; the prefix
            // test depends only on the start, so it rejects them before any dictionary lookup.
            var inJoined = InJoinedRegion(start, joined);
            var prefixAllowed = PrefixAllowed(searchText, start);
            if (!inJoined && !prefixAllowed)
            {
                continue;
            }
            foreach (var length in _lengths)
            {
                if (start + length <= searchText.Length)
                {
                    AddIfAccepted(searchText, start, length, inJoined, prefixAllowed, found);
                }
            }
        }
    }

    // SearchValues<string> steps through non-ASCII text one character at a time but has a faster
    // path for ASCII, so the scan sees the search text with the basic Arabic letters moved onto
    // ASCII codes the search form does not otherwise use (capitals, since it is lower-cased, and
    // control characters, which comments hardly ever hold), one char for one so positions stay.
    // Every other non-ASCII char becomes DEL. Collisions only add hits that the lookup on the
    // real text rejects.
    private static void ToScanForm(ReadOnlySpan<char> text, Span<char> scan)
    {
        for (var i = 0; i < text.Length; i++)
        {
            scan[i] = ScanChar(text[i]);
        }
    }

    private static string ScanForm(string term)
    {
        var scan = new char[term.Length];
        ToScanForm(term, scan);
        return new string(scan);
    }

    private static char ScanChar(char c)
    {
        if (c < 0x80)
        {
            return c;
        }
        if ((uint)(c - '\u0621') <= '\u063A' - '\u0621')
        {
            return (char)('A' + (c - '\u0621'));
        }
        if ((uint)(c - '\u0641') <= '\u064A' - '\u0641')
        {
            return ArabicTail[c - '\u0641'];
        }
        return '\u007F';
    }

    private static bool InJoinedRegion(int start, List<(int Start, int End)>? joined)
    {
        if (joined is null)
        {
            return false;
        }
        foreach (var (regionStart, regionEnd) in joined)
        {
            if (start >= regionStart && start < regionEnd)
            {
                return true;
            }
        }
        return false;
    }

    // Control characters other than tab, line feed and carriage return, for ف ق ك ل م ن ه و ى ي.
    private static ReadOnlySpan<char> ArabicTail => "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F";
}
