namespace NewsFunctions.Spam;

// Two comments get the same fingerprint when they differ only in what normalisation removes:
// diacritics, tatweel, letter variants, case, digits' script, invisible characters, look-alike
// letters, stretched letters, spacing, punctuation and emoji. Equality is what a table lookup needs.
public static class TextFingerprint
{
    public static string Compute(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var form = TextNormalizer.ForTermSearch(content);
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var c in form)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ c) * prime;
            }
        }
        return hash.ToString("x16");
    }
}
