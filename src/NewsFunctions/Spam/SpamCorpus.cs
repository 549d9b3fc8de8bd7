using System.Text.Json;

namespace NewsFunctions.Spam;

// Returning: the author had an approved comment in the last 180 days (a trusted reader), which the
// pipeline learns from storage and the evaluation takes from the row.
public sealed record CorpusRow(
    string Id, bool IsSpam, string Language, string Kind, string Author, string? Website, string? Honeypot, string Content,
    string? CampaignId = null, bool Returning = false, string? Note = null)
{
    public CommentText Comment => new(Author, Content, Website, Honeypot);

    // Rows of one near-duplicate campaign share a campaign column, or in the generated corpus
    // everything before '#' of their id ("s-dup03#2").
    public string Campaign => CampaignId ?? Id.Split('#')[0];

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

    // Columns are found by the header, so the generated corpus (id label lang kind author website
    // honeypot content) and the written sets (id label lang class campaign returning author website
    // note content) load alike.
    public static IReadOnlyList<CorpusRow> Load(string tsvPath)
    {
        using var lines = File.ReadLines(tsvPath).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InvalidDataException($"{tsvPath} is empty.");
        }
        var header = lines.Current.Split('\t');
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        string? Field(string[] fields, string name) =>
            column.TryGetValue(name, out var index) && fields[index].Length > 0 ? fields[index] : null;

        var rows = new List<CorpusRow>();
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.Length == 0)
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"Corpus row has {fields.Length} fields, expected {header.Length}: {line}");
            }
            rows.Add(new CorpusRow(
                fields[column["id"]], fields[column["label"]] == "spam", fields[column["lang"]],
                Field(fields, "kind") ?? Field(fields, "class") ?? "", Field(fields, "author") ?? "",
                Field(fields, "website"), Field(fields, "honeypot"), fields[column["content"]],
                Field(fields, "campaign"), Field(fields, "returning") == "yes", Field(fields, "note")));
        }
        return rows;
    }

    // The generated corpus (comments.tsv) and the sets written by people who never saw the rules
    // (written-*.tsv): what the model trains on. The frozen test set lives elsewhere (bench/eval).
    public static IReadOnlyList<CorpusRow> LoadTraining(string directory) => WrittenSetFiles(directory)
        .Prepend(Path.Combine(directory, "comments.tsv"))
        .SelectMany(Load)
        .ToList();

    // The written sets' held-out 30%, which the model never trains on: where its hold threshold is set.
    public static IReadOnlyList<CorpusRow> LoadCalibration(string directory)
        => WrittenSetFiles(directory).SelectMany(Load).Where(r => r.IsTest).ToList();

    // Ham the model alone may hold on the calibration rows.
    public const double CalibrationHamHeld = 0.005;

    public static IEnumerable<string> WrittenSetFiles(string directory)
        => Directory.EnumerateFiles(directory, "written-*.tsv").Order(StringComparer.Ordinal);

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
}
