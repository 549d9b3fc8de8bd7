using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using static NewsFunctions.Spam.HostLabels;
using static NewsFunctions.Spam.HostKinds;

namespace NewsFunctions.Spam;

internal static class HostReader
{
    private const int MaxLabels = 8;

    private const int MaxLabelLength = 63;

    private const int MaxHostLength = 253;

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // "دوت كوم": the Arabic spellings of the common top-level domains after a spelt-out dot. كوم is an
    // IANA domain of its own too, but whoever writes "دوت كوم" means .com.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ArabicTldWords =
        new Dictionary<string, string>
        {
            ["كوم"] = "com", ["نت"] = "net", ["اورج"] = "org", ["اورغ"] = "org", ["انفو"] = "info",
            ["اونلاين"] = "online", ["شوب"] = "shop", ["ستور"] = "store",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The domains spammers write after a full stop and a space ("site. com"). After any other domain
    // that shape is two sentences ("years now. Taxi fares", "1.30 EUR. Ma kaynch").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceBreakTlds =
        new[] { "com", "net", "org", "info", "biz", "xyz", "top", "online", "site", "shop", "store", "club", "vip", "ly", "io" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal readonly record struct Label(int Start, int End, Separator Before);

    internal readonly record struct HostMatch(int End, string Host, bool Obfuscated, int PathStart);

    // Labels and separators from start; the longest run of them that ends in a top-level domain
    // wins ("news.site.com.thanks" is news.site.com). strong: a scheme or an @ stands in front.
    internal static bool TryReadHost(ReadOnlySpan<char> text, int start, bool strong, out HostMatch match)
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
}
