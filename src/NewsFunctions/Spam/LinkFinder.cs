using System.Text.RegularExpressions;

namespace NewsFunctions.Spam;

internal sealed record FoundLink(string Host, bool IsShortener, bool IsMessenger);

// Finds links in normalised text: full URLs, "www." addresses and bare domains, including the
// "bit[.]ly" and "bit dot ly" spellings used to slip past link counters.
internal static partial class LinkFinder
{
    private static readonly HashSet<string> Shorteners =
    [
        "bit.ly", "tinyurl.com", "goo.gl", "t.co", "cutt.ly", "is.gd", "ow.ly", "rebrand.ly", "shorturl.at",
        "tiny.cc", "rb.gy", "s.id", "v.gd", "buff.ly", "lnkd.in", "bitly.com", "shorte.st", "adf.ly",
    ];

    private static readonly HashSet<string> Messengers =
    [
        "wa.me", "t.me", "telegram.me", "chat.whatsapp.com", "api.whatsapp.com", "wa.link", "telegram.dog",
    ];

    public static List<FoundLink> Find(string normalized)
    {
        var links = new List<FoundLink>();
        foreach (Match match in LinkPattern().Matches(normalized))
        {
            var host = HostOf(match.Value);
            links.Add(new FoundLink(host, Shorteners.Contains(host), Messengers.Contains(host)));
        }
        return links;
    }

    private static string HostOf(string link)
    {
        var host = SeparatorPattern().Replace(link, ".");
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }
        var path = host.IndexOfAny(['/', '?', '#']);
        if (path >= 0)
        {
            host = host[..path];
        }
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    [GeneratedRegex(@"\s*(?:\[\.\]|\(\.\)|\s+dot\s+|\s+دوت\s+)\s*")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(
        @"(?:https?://|www\.)[^\s<>""]+|(?<![\w@.])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.|\[\.\]|\(\.\)|\s+dot\s+))+"
        + @"(?:com|net|org|info|biz|io|me|ly|co|gl|gd|cc|at|id|in|xyz|top|site|online|shop|store|club|link|live|vip"
        + @"|bet|win|app|sa|ae|eg|kw|qa|jo|ma|tv|us|uk|ru|tk|ml|ga|cf|gq|pw|cn)(?![a-z0-9])(?:/[^\s<>""]*)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
