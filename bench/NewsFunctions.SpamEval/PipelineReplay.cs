using NewsFunctions.Spam;

// Runs written comment sets the way the pipeline meets them: one at a time in a fixed shuffled
// order (writers group campaigns together; a site does not receive them so), each checked against
// the near-duplicate index built from the comments before it, then added to it. Band keys and the
// similarity test are the ones the pipeline's near-duplicate store uses. Trusted readers are the
// rows whose author had an approved comment in the last 180 days (`returning` column).
internal static class PipelineReplay
{
    public static List<(CorpusRow Row, SpamVerdict Verdict)> Run(IReadOnlyList<CorpusRow> rows, SpamChecker checker)
    {
        var index = new Dictionary<string, List<(string Author, NearDuplicateSignature Signature)>>(StringComparer.Ordinal);
        var results = new List<(CorpusRow, SpamVerdict)>();
        foreach (var row in rows.OrderBy(r => Order(r.Id)))
        {
            var signature = NearDuplicateSignature.Compute(row.Content);
            var others = 0;
            if (signature is not null)
            {
                var authors = new HashSet<string>(StringComparer.Ordinal);
                for (var band = 0; band < NearDuplicateSignature.Bands; band++)
                {
                    if (!index.TryGetValue(signature.BandKey(band), out var entries))
                    {
                        continue;
                    }
                    foreach (var (author, other) in entries)
                    {
                        if (author != row.Author && signature.Similarity(other) >= NearDuplicateSignature.SameTextSimilarity)
                        {
                            authors.Add(author);
                        }
                    }
                }
                others = authors.Count;
                for (var band = 0; band < NearDuplicateSignature.Bands; band++)
                {
                    var key = signature.BandKey(band);
                    if (!index.TryGetValue(key, out var entries))
                    {
                        index[key] = entries = [];
                    }
                    entries.Add((row.Author, signature));
                }
            }
            results.Add((row, checker.Check(row.Comment, new RecentActivity(others, row.Returning))));
        }
        return results;
    }

    private static uint Order(string id)
    {
        var hash = 2166136261;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }
}
