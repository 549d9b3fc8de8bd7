namespace NewsFunctions.Spam;

// Two comments get the same fingerprint when they differ only in what normalisation removes:
// diacritics, tatweel, letter variants, case, digits' script, invisible characters, look-alike
// letters, stretched letters, spacing, punctuation and emoji. Equality is what a table lookup needs.
public static class TextFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static string Compute(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var matching = TextNormalizer.ForMatching(content);
        return Hash(matching, SearchForm.Build(matching).Text);
    }

    private static string Hash(string matching, string searchText)
    {
        // Letters come from the search form, where stretched letters are squeezed ("رااائع" is
        // "رائع"). Digits come from the matching form, where only their script is folded: squeezing
        // them too made "تعليق رقم 11" and "تعليق رقم 1" one text, so readers numbering their
        // comments under their own names were held as a campaign.
        var hash = OffsetBasis;
        foreach (var c in searchText)
        {
            if (char.IsLetter(c))
            {
                hash = (hash ^ c) * Prime;
            }
        }

        // A separator between digit runs keeps "1 2" apart from "12".
        var inDigits = false;
        foreach (var c in matching)
        {
            if (char.IsAsciiDigit(c))
            {
                hash = (hash ^ c) * Prime;
            }
            else if (inDigits)
            {
                hash = (hash ^ ' ') * Prime;
            }

            inDigits = char.IsAsciiDigit(c);
        }

        return hash.ToString("x16");
    }
}
