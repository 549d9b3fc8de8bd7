namespace NewsFunctions.Spam;

// Value: the domain for links (lower case, no "www.", punycode decoded), the handle with its @, the
// phone as found, the email's domain, the phrase for a profile pointer. Obfuscated: written so as to
// slip past a filter ("site dot com", hxxp, a phone in words). Trusted: a link to an allow-listed site.
internal sealed record FoundContact(ContactKind Kind, string Value, bool Obfuscated, bool Trusted);
