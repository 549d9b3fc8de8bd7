namespace NewsFunctions.Pages;

// "12 تعليقاً": the count of comments in words. Arabic picks the noun's form by the CLDR plural
// category of the number (zero, one, two, few 3-10, many 11-99, other), taken from n mod 100, so
// 103 is "few" and 111 "many" as they are in speech; widget.js asks Intl.PluralRules for the same.
public static class CommentCountWords
{
    public static string Category(int n)
    {
        var lastTwo = n % 100;
        return n switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ when lastTwo is >= 3 and <= 10 => "few",
            _ when lastTwo is >= 11 and <= 99 => "many",
            _ => "other",
        };
    }

    public static string Arabic(int n) => Category(n) switch
    {
        "zero" => "لا تعليقات",
        "one" => "تعليق واحد",
        "two" => "تعليقان",
        "few" => $"{n} تعليقات",
        "many" => $"{n} تعليقاً",
        _ => $"{n} تعليق",
    };

    public static string English(int n) => n == 1 ? "1 comment" : $"{n} comments";

    public static string For(PageWords words, int n) => ReferenceEquals(words, PageWords.Arabic) ? Arabic(n) : English(n);
}
