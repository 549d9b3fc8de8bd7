using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsFunctions.Spam;

// Links: a domain is labels joined by dots ending in a real top-level domain (the IANA list), found
// from its dots, so Arabic prose costs one IndexOfAny per sentence. The dot may be written to dodge:
// "site . com", "site[.]com", "site dot com", "site دوت كوم".
internal static partial class ContactFinder
{
    private const int MaxLabels = 8;
    private const int MaxLabelLength = 63;
    private const int MaxHostLength = 253;
    private const int MaxPathLength = 500;

    // The common separators by IndexOfAny of three chars, much the fastest form over Arabic text; the
    // full stops of other scripts and the spelt-out dots join the search only in a comment holding one.
    private static readonly SearchValues<char> AllSeparators = SearchValues.Create(".[(\u3002\uFF61\u06D4");
    private static readonly SearchValues<string> SeparatorWords =
        SearchValues.Create(["dot", "دوت", "نقطه"], StringComparison.Ordinal);
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> PathStops = SearchValues.Create(" \t\r\n<>\"'`)]}");

    // "دوت كوم": the Arabic spellings of the common top-level domains after a spelt-out dot. كوم is an
    // IANA domain of its own too, but whoever writes "دوت كوم" means .com.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ArabicTldWords =
        new Dictionary<string, string>
        {
            ["كوم"] = "com", ["نت"] = "net", ["اورج"] = "org", ["اورغ"] = "org", ["انفو"] = "info",
            ["اونلاين"] = "online", ["شوب"] = "shop", ["ستور"] = "store",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // SentenceBreak: "word. word", the dot against the first word and a space after it.
    private enum Separator : byte { None, Plain, Spaced, SentenceBreak, Bracketed, Word, OddDot }

    // The domains spammers write after a full stop and a space ("site. com"). After any other domain
    // that shape is two sentences ("years now. Taxi fares", "1.30 EUR. Ma kaynch").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceBreakTlds =
        new[] { "com", "net", "org", "info", "biz", "xyz", "top", "online", "site", "shop", "store", "club", "vip", "ly", "io" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct Label(int Start, int End, Separator Before);

    private readonly record struct HostMatch(int End, string Host, bool Obfuscated, int PathStart);

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

    // Where "https://", "hxxp://" or "h t t p s : / /" before the host starts, or -1.
    private static int SchemeBefore(ReadOnlySpan<char> text, int hostStart, out bool obfuscated)
    {
        obfuscated = false;
        var spaced = false;
        var position = hostStart;
        foreach (var mark in "//:")
        {
            var end = SkipSpacesBack(text, position, 2);
            spaced |= end < position;
            if (end < 1 || text[end - 1] != mark)
            {
                return -1;
            }
            position = end - 1;
        }
        var lettersEnd = SkipSpacesBack(text, position, 2);
        spaced |= lettersEnd < position;

        Span<char> letters = stackalloc char[5];
        var count = 0;
        var p = lettersEnd;
        while (p > 0 && count < letters.Length)
        {
            var c = text[p - 1];
            if (char.IsAsciiLetter(c))
            {
                count++;
                letters[^count] = c;
                p--;
                var scheme = letters[^count..];
                if (count >= 4 && IsScheme(scheme) && (p == 0 || !char.IsAsciiLetter(text[p - 1])))
                {
                    obfuscated = spaced || scheme.Contains('x');
                    return p;
                }
            }
            else if (c == ' ' && count > 0 && p >= 2 && char.IsAsciiLetter(text[p - 2]))
            {
                spaced = true;
                p--;
            }
            else
            {
                break;
            }
        }
        return -1;
    }

    // http, https, and the hxxp/hxxps spellings threat feeds taught spammers.
    private static bool IsScheme(ReadOnlySpan<char> s)
        => s[0] == 'h' && s[1] is 't' or 'x' && s[2] is 't' or 'x' && s[3] == 'p' && (s.Length == 4 || s[4] == 's');

    // Labels and separators from start; the longest run of them that ends in a top-level domain
    // wins ("news.site.com.thanks" is news.site.com). strong: a scheme or an @ stands in front.
    private static bool TryReadHost(ReadOnlySpan<char> text, int start, bool strong, out HostMatch match)
    {
        Span<Label> labels = stackalloc Label[MaxLabels];
        var count = 0;
        var position = start;
        var before = Separator.None;
        while (count < MaxLabels)
        {
            var end = LabelEnd(text, position);
            if (end == position || end - position > MaxLabelLength)
            {
                break;
            }
            labels[count++] = new Label(position, end, before);
            if (!TryReadSeparator(text, end, out var next, out before) || LabelEnd(text, next) == next)
            {
                break;
            }
            position = next;
        }
        for (var last = count - 1; last >= 1; last--)
        {
            if (TryAccept(text, labels[..(last + 1)], strong, out match))
            {
                return true;
            }
        }
        match = default;
        return false;
    }

    private static bool TryAccept(ReadOnlySpan<char> text, ReadOnlySpan<Label> labels, bool strong, out HostMatch match)
    {
        match = default;
        var spelt = false;
        var spaced = false;
        var sentenceBreak = false;
        var bracketed = false;
        var mixedScript = false;
        var latinNames = true;
        foreach (var label in labels)
        {
            var name = text[label.Start..label.End];
            if (name[0] == '-' || name[^1] == '-')
            {
                return false;
            }
            spelt |= label.Before == Separator.Word;
            spaced |= label.Before is Separator.Spaced or Separator.SentenceBreak or Separator.OddDot;
            sentenceBreak |= label.Before == Separator.SentenceBreak;
            bracketed |= label.Before == Separator.Bracketed;
            var ascii = Ascii.IsValid(name);
            // Latin letters beside Cyrillic or Greek ones in one label: a look-alike of a known name.
            mixedScript |= !ascii && name.IndexOfAny(AsciiLetters) >= 0;
            if (label.End != labels[^1].End)
            {
                latinNames &= ascii;
            }
        }

        var tld = labels[^1];
        var tldText = text[tld.Start..tld.End];
        string? mapped = null;
        ReadOnlySpan<char> tldName = tldText;
        if (!((spelt || spaced) && ArabicTldWords.TryGetValue(tldText, out mapped)))
        {
            if (tldText.StartsWith("xn--", StringComparison.Ordinal))
            {
                tldName = DecodePunycode(tldText.ToString());
            }
            if (!IsAllLetters(tldName) || !ContactData.Tlds.Contains(tldName))
            {
                return false;
            }
        }
        var latinTld = mapped is not null || Ascii.IsValid(tldName);
        var wordLike = mapped is null && ContactData.WordTlds.Contains(tldName);

        Span<char> buffer = stackalloc char[MaxHostLength];
        var first = labels.Length > 2 && text[labels[0].Start..labels[0].End].SequenceEqual("www") ? 1 : 0;
        strong |= first == 1;
        var length = 0;
        for (var i = first; i < labels.Length; i++)
        {
            var part = i == labels.Length - 1 && mapped is not null ? mapped : text[labels[i].Start..labels[i].End];
            if (length + part.Length + 1 > buffer.Length)
            {
                return false;
            }
            if (i > first)
            {
                buffer[length++] = '.';
            }
            part.CopyTo(buffer[length..]);
            length += part.Length;
        }
        var host = buffer[..length];
        var known = IsKnownContactHost(host);

        var end = tld.End;
        if (end < text.Length && text[end] == '/')
        {
            end = PathEnd(text, end);
        }
        var hasPath = end > tld.End;
        if (spelt || spaced)
        {
            // Spaced and spelt-out dots also stand between words of prose ("a dot in the middle"): only
            // Latin names ending in a domain that is not an English word count, or a known name.
            if (mapped is null && (!latinNames || !latinTld || wordLike || (sentenceBreak && !SentenceBreakTlds.Contains(tldName))) && !known)
            {
                return false;
            }
        }
        else if (!bracketed && (wordLike || !latinTld) && !strong && !hasPath && !known && ProseFollows(text, tld.End, Ascii.IsValid(tldText)))
        {
            // A sentence that lost the space after its full stop.
            return false;
        }

        var punycode = host.StartsWith("xn--") || host.Contains(".xn--", StringComparison.Ordinal);
        var value = punycode ? DecodePunycode(host.ToString()) : host.ToString();
        match = new HostMatch(end, value, spelt || spaced || bracketed || punycode || mixedScript, tld.End);
        return true;
    }

    // The Unicode form, folded like the comment, or the input unchanged when it is not valid punycode.
    private static string DecodePunycode(string name)
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

    private static bool IsAllLetters(ReadOnlySpan<char> name)
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

    private static bool TryReadSeparator(ReadOnlySpan<char> text, int index, out int next, out Separator separator)
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

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || (c >= 0x80 && CharKinds.IsLetter(c));

    // Arabic glued to a Latin address ("موقعناsite.com") ends the label: the two never share one.
    private enum Script : byte { Neutral, Arabic, Other }

    private static Script ScriptOf(char c)
        => char.IsAsciiDigit(c) || c == '-' ? Script.Neutral : CharKinds.IsArabicLetter(c) ? Script.Arabic : Script.Other;

    private static int LabelEnd(ReadOnlySpan<char> text, int start)
    {
        var script = Script.Neutral;
        var end = start;
        while (end < text.Length && IsLabelChar(text[end]) && SameScript(ref script, text[end]))
        {
            end++;
        }
        return end;
    }

    private static int LabelStart(ReadOnlySpan<char> text, int end)
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

    private static int PathEnd(ReadOnlySpan<char> text, int slash)
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
    private static bool ProseFollows(ReadOnlySpan<char> text, int index, bool latin)
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

    private static FoundContact Classify(string host, ReadOnlySpan<char> path, bool obfuscated)
    {
        if (IsMessenger(host, path))
        {
            return new FoundContact(ContactKind.Messenger, host, obfuscated, Trusted: false);
        }
        if (IsUnder(host, ContactData.Shorteners))
        {
            return new FoundContact(ContactKind.Shortener, host, obfuscated, Trusted: false);
        }
        return new FoundContact(ContactKind.Link, host, obfuscated, IsTrusted(host));
    }

    // The host or any domain above it is listed: "m.bit.ly" is bit.ly's.
    private static bool IsUnder(ReadOnlySpan<char> host, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> list)
    {
        do
        {
            if (list.Contains(host))
            {
                return true;
            }
        }
        while (TryParent(ref host));
        return false;
    }

    private static bool IsMessenger(ReadOnlySpan<char> host, ReadOnlySpan<char> path)
    {
        do
        {
            if (ContactData.Messengers.TryGetValue(host, out var prefixes))
            {
                foreach (var prefix in prefixes)
                {
                    if (prefix.Length == 0 || (prefix == "/" ? path.Length > 1 : path.StartsWith(prefix, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
        }
        while (TryParent(ref host));
        return false;
    }

    private static bool IsKnownContactHost(ReadOnlySpan<char> host)
    {
        do
        {
            if (ContactData.Shorteners.Contains(host) || ContactData.Messengers.ContainsKey(host))
            {
                return true;
            }
        }
        while (TryParent(ref host));
        return false;
    }

    // "m.bit.ly" to "bit.ly"; false when no dot is left.
    private static bool TryParent(ref ReadOnlySpan<char> host)
    {
        var dot = host.IndexOf('.');
        host = dot < 0 ? default : host[(dot + 1)..];
        return dot >= 0;
    }

    private static bool IsTrusted(ReadOnlySpan<char> host)
    {
        if (IsUnder(host, ContactData.Trusted))
        {
            return true;
        }
        // "gov.*": moh.gov.sa, www.gov.uk; the country code is the last label, two letters.
        var last = host.LastIndexOf('.');
        if (last < 0 || host.Length - last - 1 != 2)
        {
            return false;
        }
        var rest = host[..last];
        return ContactData.TrustedBeforeCountryCode.Contains(rest[(rest.LastIndexOf('.') + 1)..]);
    }
}
