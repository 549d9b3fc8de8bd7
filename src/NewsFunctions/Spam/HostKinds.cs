using System.Collections.Frozen;

namespace NewsFunctions.Spam;

// What a found host is: a messenger's chat link, a shortener, or a link, trusted when it is under an
// allow-listed site.
internal static class HostKinds
{
    internal static FoundContact Classify(string host, ReadOnlySpan<char> path, bool obfuscated)
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

    internal static bool IsKnownContactHost(ReadOnlySpan<char> host)
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

    internal static bool IsTrusted(ReadOnlySpan<char> host)
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
