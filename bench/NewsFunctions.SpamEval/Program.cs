using System.Globalization;
using System.Text;
using NewsFunctions.Spam;

// dotnet run --project bench/NewsFunctions.SpamEval -- [eval|replay|train|cv] [--split test|train|all] [--no-model]
//   eval   scores the shipped default model and rules on the held-out test split and writes
//          docs/spam-eval-<date>.md
//   replay --set FILE [--hide-text] replays a written set the way the pipeline meets it, with the
//          default moderation settings (no site words, two links), and writes
//          docs/spam-eval-<set name>.md; --hide-text lists mistakes by id only (for frozen sets)
//   train  retrains the default model on the train split only and rewrites the embedded resource
//   cv     cross-validates the model alone on the train split, to choose its hold threshold
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "eval";
var split = OptionValue(args, "--split") ?? "test";
var corpus = SpamCorpus.FindDirectory();
var root = Path.GetFullPath(Path.Combine(corpus, "..", ".."));
var rows = SpamCorpus.Load(Path.Combine(corpus, "comments.tsv"));
var rules = SpamCorpus.LoadRules(Path.Combine(corpus, "rules.json"));

switch (command)
{
    case "train":
        Train(rows, Path.Combine(root, "src", "NewsFunctions", "Spam", "DefaultSpamModel.json"));
        return 0;
    case "cv":
        CrossValidate(rows.Where(r => !r.IsTest).ToList());
        return 0;
    case "replay":
        var set = OptionValue(args, "--set") ?? throw new ArgumentException("replay needs --set FILE");
        var name = Path.GetFileNameWithoutExtension(set);
        var replayModel = args.Contains("--no-model") ? null : SpamModel.Default;
        var replayed = Evaluation.RunReplay(
            SpamCorpus.Load(set), new SpamRules(2, [], []), replayModel, name, "none (default settings)", !args.Contains("--hide-text"));
        Console.WriteLine(replayed);
        var replayPath = Path.Combine(root, "docs", $"spam-eval-{name}{(replayModel is null ? "-rules-only" : "")}.md");
        File.WriteAllText(replayPath, replayed, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"Written to {Path.GetRelativePath(root, replayPath)}");
        return 0;
    case "eval":
        var selected = rows.Where(r => split switch
        {
            "train" => !r.IsTest,
            "all" => true,
            _ => r.IsTest,
        }).ToList();
        // --no-model shows what normalisation and rules catch on their own.
        var model = args.Contains("--no-model") ? null : SpamModel.Default;
        var report = Evaluation.Run(selected, rules, model, split);
        Console.WriteLine(report);
        var suffix = (split == "test" ? "" : "-" + split) + (model is null ? "-rules-only" : "");
        var path = Path.Combine(root, "docs", $"spam-eval-{DateTime.UtcNow:yyyy-MM-dd}{suffix}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"Written to {Path.GetRelativePath(root, path)}");
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Use eval or train.");
        return 2;
}

static void Train(IReadOnlyList<CorpusRow> rows, string modelPath)
{
    // Only the train split: the test split must never shape the model it is used to judge.
    var train = rows.Where(r => !r.IsTest).ToList();
    var model = SpamModel.Train(train.Select(r => (r.Content, r.IsSpam)));
    using (var stream = File.Create(modelPath))
    {
        model.ToJson(stream);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Trained on {model.SpamDocuments} spam and {model.HamDocuments} ham rows of the train split; wrote {modelPath}"));
}

// Five folds over the train split, to choose SpamChecker.ModelHoldThreshold without the test split.
static void CrossValidate(List<CorpusRow> train)
{
    const int folds = 5;
    double[] thresholds = [0.5, 0.9, 0.99, 0.999];
    var scored = new List<(bool IsSpam, double Probability)>();
    for (var fold = 0; fold < folds; fold++)
    {
        var model = SpamModel.Train(train.Where((_, i) => i % folds != fold).Select(r => (r.Content, r.IsSpam)));
        scored.AddRange(train.Where((_, i) => i % folds == fold).Select(r => (r.IsSpam, model.Score(r.Content))));
    }
    foreach (var threshold in thresholds)
    {
        var spam = scored.Where(s => s.IsSpam).ToList();
        var ham = scored.Where(s => !s.IsSpam).ToList();
        var recall = (double)spam.Count(s => s.Probability >= threshold) / spam.Count;
        var falsePositives = (double)ham.Count(s => s.Probability >= threshold) / ham.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model alone, threshold {threshold}: spam recall {recall:P1}, ham held {falsePositives:P1}"));
    }
}

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
