namespace NewsFunctions.Articles;

public static class Slugs
{
    public const int MaxLength = 120;

    // Lowercase ASCII letters, digits and '-', or letters of the Arabic script. Everything else is
    // refused before a slug reaches storage: '/', '\', '#', '?' and control characters are not
    // allowed in table keys, and a quote would be an injection attempt.
    public static bool IsValid(string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' || IsArabicLetter(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsArabicLetter(char c)
        => char.IsLetter(c) && c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF';
}
