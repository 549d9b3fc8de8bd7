namespace NewsFunctions.Spam;

// A reader who writes about a scam quotes its words: the "guaranteed returns" group, a «free
// tablets» programme. Offer words inside short quotations say what was offered to someone, not
// what this comment offers, so the promotion tally reads the text with them blanked out. It works on
// the search form, which keeps the quote marks, so the blanked text needs no second normalisation.
internal sealed record QuotedPhrases(string Outside, IReadOnlyList<string> Inside)
{
    // The text with each quotation cut down to one space: what the model reads, so the words of a
    // scam a reader quotes do not score as the reader's own. The search form has no double spaces,
    // so every run of them is a blanked quotation.
    public string Unquoted()
    {
        var length = 0;
        for (var i = 0; i < Outside.Length; i++)
        {
            length += Outside[i] == ' ' && i > 0 && Outside[i - 1] == ' ' ? 0 : 1;
        }
        return string.Create(length, Outside, static (kept, outside) =>
        {
            var at = 0;
            for (var i = 0; i < outside.Length; i++)
            {
                if (outside[i] != ' ' || i == 0 || outside[i - 1] != ' ')
                {
                    kept[at++] = outside[i];
                }
            }
        });
    }

    // Longer than this, a "quotation" is as likely a stray quote mark as a quoted phrase.
    private const int MaxQuoted = 80;

    private static readonly (char Open, char Close)[] Pairs = [('"', '"'), ('«', '»'), ('“', '”'), ('„', '“')];

    // The text with each short quotation replaced by spaces (positions kept), and the quotations;
    // null when it has none.
    public static QuotedPhrases? Find(string normalized)
    {
        char[]? blanked = null;
        List<string>? inside = null;
        foreach (var (open, close) in Pairs)
        {
            var from = 0;
            while (from < normalized.Length && normalized.IndexOf(open, from) is var start and >= 0)
            {
                var end = normalized.IndexOf(close, start + 1);
                if (end < 0)
                {
                    break;
                }
                if (end - start - 1 <= MaxQuoted)
                {
                    blanked ??= normalized.ToCharArray();
                    Array.Fill(blanked, ' ', start, end - start + 1);
                    (inside ??= []).Add(normalized[(start + 1)..end]);
                }
                from = end + 1;
            }
        }
        return blanked is null ? null : new QuotedPhrases(new string(blanked), inside!);
    }
}
