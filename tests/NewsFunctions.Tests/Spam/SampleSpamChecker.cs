using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// The site words the SpamChecker tests share: two banned phrases of each kind and two suspect words.
internal static class SampleSpamChecker
{
    private static readonly SpamRules Rules = new(
        MaxLinks: 2,
        BannedWords: ["كازينو", "قمار", "جلب الحبيب", "يا حمار", "casino", "viagra"],
        SuspectWords: ["غبي", "idiot"]);

    public static readonly SpamChecker Checker = new(Rules);

    public static SpamVerdict Check(string content, string author = "سارة", string? honeypot = null)
        => Checker.Check(new CommentText(author, content, null, honeypot));
}
