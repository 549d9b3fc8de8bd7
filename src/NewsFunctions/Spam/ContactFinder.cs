namespace NewsFunctions.Spam;

internal enum ContactKind { Link, Shortener, Messenger, Email, Handle, Phone, ProfilePointer }

internal sealed record FoundContact(ContactKind Kind, string Value, bool Obfuscated, bool Trusted);

// Interim: links and phones through the older finders.
internal static class ContactFinder
{
    public static List<FoundContact> Find(string original, string normalized)
    {
        var contacts = LinkFinder.Find(normalized)
            .Where(l => !string.IsNullOrEmpty(l.Host))
            .Select(l => new FoundContact(
                l.IsShortener ? ContactKind.Shortener : l.IsMessenger ? ContactKind.Messenger : ContactKind.Link, l.Host, false, false))
            .ToList();
        if (PhoneFinder.FindFirst(normalized) is { } phone)
        {
            contacts.Add(new FoundContact(ContactKind.Phone, phone, false, false));
        }
        return contacts;
    }
}
