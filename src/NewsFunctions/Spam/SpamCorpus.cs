using System.Text.Json;

namespace NewsFunctions.Spam;

public sealed record CorpusRow(
    string Id, bool IsSpam, string Language, string Kind, string Author, string? Website, string? Honeypot, string Content)
{
    public CommentText Comment => new(Author, Content, Website, Honeypot);

    // Rows of one near-duplicate campaign ("s-dup03#2") share everything before '#'.
    public string Campaign => Id.Split('#')[0];

    // 30% test, decided by a hash of the campaign so the split never changes when rows are added
    // and a campaign never straddles train and test.
    public bool IsTest => Fnv1a(Campaign) % 10 < 3;

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }
}

// The labelled corpus in bench/corpus (see docs/SPAM.md): used to train the default model, by the
// evaluation command, and by the test that holds the engine to its recall and false-positive targets.
public static class SpamCorpus
{
    private const int Columns = 8;

    // bench/corpus, found by walking up from the running build output (tests and the evaluation
    // command both run from inside the repository).
    public static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "corpus");
            if (File.Exists(Path.Combine(candidate, "comments.tsv")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"bench/corpus/comments.tsv not found above {AppContext.BaseDirectory}.");
    }

    public static IReadOnlyList<CorpusRow> Load(string tsvPath)
    {
        var rows = new List<CorpusRow>();
        foreach (var line in File.ReadLines(tsvPath).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != Columns)
            {
                throw new InvalidDataException($"Corpus row has {fields.Length} fields, expected {Columns}: {line}");
            }
            rows.Add(new CorpusRow(
                fields[0], fields[1] == "spam", fields[2], fields[3], fields[4], NullIfEmpty(fields[5]), NullIfEmpty(fields[6]), fields[7]));
        }
        return rows;
    }

    public static SpamRules LoadRules(string jsonPath)
    {
        using var stream = File.OpenRead(jsonPath);
        return JsonSerializer.Deserialize<SpamRules>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{jsonPath} is empty.");
    }

    // Near-duplicates need to know who else posted the same text; within a corpus split that is the
    // number of other author names with the same fingerprint, as the pipeline counts it in storage.
    public static Func<CorpusRow, RecentActivity> RecentActivityWithin(IEnumerable<CorpusRow> rows)
    {
        var authors = rows
            .GroupBy(r => TextFingerprint.Compute(r.Content))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Author).ToHashSet());
        return row => new RecentActivity(authors[TextFingerprint.Compute(row.Content)].Count(a => a != row.Author));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
