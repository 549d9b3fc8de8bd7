namespace NewsFunctions.Comments;

// The hasher of the current secret, which every new row is written with, and during a rotation the
// hasher of the previous one. Lookups that must find rows written before the rotation ask for every
// candidate; with no previous secret there is one candidate, so they cost what they did before.
public sealed class SiteHashers(SiteHasher current, SiteHasher? previous = null)
{
    public SiteHasher Current { get; } = current;

    public SiteHasher? Previous { get; } = previous;

    // The current secret's hash first: callers that write take the first, and readers that stop at
    // the first match find the newer row sooner.
    public IReadOnlyList<string> Candidates(Func<SiteHasher, string> hash)
        => Previous is null ? [hash(Current)] : [hash(Current), hash(Previous)];
}
