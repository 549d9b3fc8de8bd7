using System.Text.RegularExpressions;

namespace NewsFunctions.Spam;

internal enum ContactKind { Link, Shortener, Messenger, Email, Handle, Phone, ProfilePointer }

internal sealed record FoundContact(ContactKind Kind, string Value, bool Obfuscated, bool Trusted);

// Links, handles and phones in one list; a link to an allow-listed news, agency or government
// domain (Spam/Data/trusted-domains.txt) is trusted and no signal.
internal static partial class ContactFinder
{
    private static readonly Lazy<(HashSet<string> Domains, HashSet<string> Suffixes)> TrustedDomains = new(LoadTrusted);

    public static List<FoundContact> Find(string original, string normalized)
    {
        var contacts = LinkFinder.Find(normalized)
            .Where(l => !string.IsNullOrEmpty(l.Host))
            .Select(l => new FoundContact(
                l.IsShortener ? ContactKind.Shortener : l.IsMessenger ? ContactKind.Messenger : ContactKind.Link,
                l.Host, false, !l.IsShortener && !l.IsMessenger && IsTrusted(l.Host)))
            .ToList();
        if (normalized.Contains('@'))
        {
            foreach (Match handle in HandlePattern().Matches(normalized))
            {
                contacts.Add(new FoundContact(ContactKind.Handle, handle.Value, false, false));
            }
        }
        if (PhoneFinder.FindFirst(normalized) is { } phone)
        {
            contacts.Add(new FoundContact(ContactKind.Phone, phone, false, false));
        }
        return contacts;
    }

    internal static bool IsTrusted(string host)
    {
        var (domains, suffixes) = TrustedDomains.Value;
        for (var at = host; at.Length > 0; at = at.IndexOf('.') is var dot and >= 0 ? at[(dot + 1)..] : "")
        {
            if (domains.Contains(at) || suffixes.Contains(at))
            {
                return true;
            }
        }
        // "gov.*": a government domain under any two-letter country code.
        var labels = host.Split('.');
        return labels.Length >= 3 && labels[^1].Length == 2 && suffixes.Contains(labels[^2] + ".*");
    }

    private static (HashSet<string>, HashSet<string>) LoadTrusted()
    {
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        using var stream = EmbeddedResources.Open("NewsFunctions.Spam.Data.trusted-domains.txt");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }
            (entry.EndsWith(".*", StringComparison.Ordinal) || !entry.Contains('.') ? suffixes : domains).Add(entry);
        }
        return (domains, suffixes);
    }

    // An @handle that is not the middle of an email address.
    [GeneratedRegex(@"(?<![\w.])@[a-z0-9_.]{3,30}", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
