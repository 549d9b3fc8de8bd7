using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using static NewsFunctions.Spam.TextSpans;
using static NewsFunctions.Spam.HostKinds;
using static NewsFunctions.Spam.UrlSchemes;
using static NewsFunctions.Spam.HostLabels;
using static NewsFunctions.Spam.HostReader;

namespace NewsFunctions.Spam;

// Links: a domain is labels joined by dots ending in a real top-level domain (the IANA list), found
// from its dots, so Arabic prose costs one IndexOfAny per sentence. The dot may be written to dodge:
// "site . com", "site[.]com", "site dot com", "site دوت كوم".
internal static partial class ContactFinder
{
    // The common separators by IndexOfAny of three chars, much the fastest form over Arabic text; the
    // full stops of other scripts and the spelt-out dots join the search only in a comment holding one.
    private static readonly SearchValues<char> AllSeparators = SearchValues.Create(".[(\u3002\uFF61\u06D4");
    private static readonly SearchValues<string> SeparatorWords =
        SearchValues.Create(["dot", "دوت", "نقطه"], StringComparison.Ordinal);
    private static void FindHosts(ref Scan scan)
    {
        var text = scan.Text;
        FindUrlsWithoutKnownTld(ref scan);
        var words = text.Contains("dot", StringComparison.Ordinal) || text.Contains("دوت", StringComparison.Ordinal)
            || text.Contains("نقطه", StringComparison.Ordinal);
        var nextWord = words ? NextHit(text, 0, SeparatorWords) : -1;
        var oddDots = text.IndexOfAny('\u3002', '\uFF61', '\u06D4') >= 0;
        var position = 0;
        while (position < text.Length)
        {
            var rest = text[position..];
            var offset = oddDots ? rest.IndexOfAny(AllSeparators) : rest.IndexOfAny('.', '[', '(');
            var anchor = offset < 0 ? -1 : position + offset;
            if (nextWord >= 0 && nextWord < position)
            {
                nextWord = NextHit(text, position, SeparatorWords);
            }
            if (nextWord >= 0 && (anchor < 0 || nextWord < anchor))
            {
                anchor = nextWord;
            }
            if (anchor < 0)
            {
                return;
            }
            position = Math.Max(anchor + 1, TryHostAround(ref scan, anchor));
        }
    }

    private static int NextHit(ReadOnlySpan<char> text, int from, SearchValues<string> values)
    {
        var offset = from < text.Length ? text[from..].IndexOfAny(values) : -1;
        return offset < 0 ? -1 : from + offset;
    }

    // Returns the end of what was found around the separator at anchor, or 0.
    private static int TryHostAround(ref Scan scan, int anchor)
    {
        var text = scan.Text;
        var labelEnd = SkipSpacesBack(text, anchor, 2);
        var labelStart = LabelStart(text, labelEnd);
        if (labelStart == labelEnd || scan.IsTaken(labelStart))
        {
            return 0;
        }
        if (text[anchor] == '.' && anchor >= 2 && IsSingle(text, anchor - 2) && IsSingle(text, anchor) && IsSingle(text, anchor + 2))
        {
            return TrySpacedOut(ref scan, anchor);
        }
        // The domain of an email is the email's; FindAtSigns and AddWrittenOutEmail report it.
        if (IsEmailDomain(text, labelStart))
        {
            return TryReadHost(text, labelStart, strong: true, out var domain) ? domain.End : 0;
        }
        var scheme = SchemeBefore(text, labelStart, out var schemeObfuscated);
        if (!TryReadHost(text, labelStart, strong: scheme >= 0, out var host))
        {
            return 0;
        }
        AddLink(ref scan, scheme >= 0 ? scheme : labelStart, host.Host, host.PathStart, host.End, host.Obfuscated || schemeObfuscated);
        return host.End;
    }

    private static void AddLink(ref Scan scan, int start, string host, int pathStart, int end, bool obfuscated)
    {
        // Comments are shown as plain text, so markdown or an anchor tag is there to put other
        // words in front of the address.
        var before = scan.Text[..start];
        var markup = before.EndsWith("](") || before.EndsWith("href=\"") || before.EndsWith("href='") || before.EndsWith("href=");
        scan.Add(Classify(host, scan.Text[pathStart..end], obfuscated || markup), start, end);
    }

    // After a scheme anything is a link, as it always was here: "http://localhost:8080",
    // "http://10.0.0.1", "https://c.example" (a reserved name outside the IANA list).
    private static void FindUrlsWithoutKnownTld(ref Scan scan)
    {
        var text = scan.Text;
        for (var at = text.IndexOf("://", StringComparison.Ordinal); at >= 0; at = NextSchemeMark(text, at + 3))
        {
            var hostStart = at + 3;
            var end = hostStart;
            while (end < text.Length && (IsLabelChar(text[end]) || text[end] is '.' or ':'))
            {
                end++;
            }
            while (end > hostStart && text[end - 1] is '.' or ':')
            {
                end--;
            }
            var host = text[hostStart..end];
            var lastLabel = host[(host.LastIndexOf('.') + 1)..];
            if (end == hostStart || (host.Contains('.') && ContactData.Tlds.Contains(lastLabel)))
            {
                // The dot scan reads these, with all their spellings.
                continue;
            }
            var scheme = SchemeBefore(text, hostStart, out var obfuscated);
            if (scheme < 0 || TryReadHost(text, hostStart, strong: true, out _))
            {
                continue;
            }
            host = host.StartsWith("www.") ? host[4..] : host;
            var pathEnd = end < text.Length && text[end] == '/' ? PathEnd(text, end) : end;
            AddLink(ref scan, scheme, host.ToString(), end, pathEnd, obfuscated);
        }
    }

    private static int NextSchemeMark(ReadOnlySpan<char> text, int from)
    {
        var offset = text[from..].IndexOf("://", StringComparison.Ordinal);
        return offset < 0 ? -1 : from + offset;
    }

    // "s i t e . c o m", "h t t p s : / / b i t . l y": the letters put together are searched again,
    // and all found there is obfuscated.
    private static int TrySpacedOut(ref Scan scan, int anchor)
    {
        var text = scan.Text;
        var start = anchor;
        while (start >= 2 && text[start - 1] == ' ' && IsSingle(text, start - 2))
        {
            start -= 2;
        }
        if (SpacedOutRun(text, start) is not var (end, collapsed))
        {
            return 0;
        }
        var before = scan.Found.Count;
        var inner = new Scan(collapsed, scan.Found, forceObfuscated: true);
        FindHosts(ref inner);
        FindAtSigns(ref inner);
        if (scan.Found.Count == before)
        {
            return 0;
        }
        scan.Take(start, end);
        return end;
    }

    private static bool IsEmailDomain(ReadOnlySpan<char> text, int labelStart)
    {
        var end = SkipSpacesBack(text, labelStart, 1);
        var before = text[..end];
        if (before.EndsWith("@") || before.EndsWith("[at]") || before.EndsWith("(at)")
            || before.EndsWith("[ات]") || before.EndsWith("(ات)"))
        {
            return true;
        }
        return end < labelStart && (before.EndsWith(" at") || before.EndsWith(" ات"));
    }
}
