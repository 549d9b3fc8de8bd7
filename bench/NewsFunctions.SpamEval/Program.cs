using System.Globalization;
using System.Text;
using NewsFunctions.Spam;

// dotnet run --project bench/NewsFunctions.SpamEval -- [eval|replay|train] [--split test|train|all] [--no-model]
//   eval   scores the shipped default model and rules on the generated corpus's held-out test
//          split with its word list (bench/corpus/rules.json) and writes docs/spam-eval-generated.md
//   replay --set FILE [--hide-text] replays a written set the way the pipeline meets it, with the
//          default moderation settings (no site words, two links), and writes
//          docs/spam-eval-<set name>.md; --hide-text lists mistakes by id only (for frozen sets)
//   explain --text TEXT prints the search form of TEXT, every rule-pack and site term found in it
//          with its category and weight, and the verdict with default settings
//   scores --set FILE prints one line per row: id, label, class, returning, the model's log-odds, the
//          verdict, and what the rule pack and the contact finder saw (for tuning on tuning sets)
//   train  retrains the default model on the train splits, calibrates its hold threshold on the
//          written sets' held-out split, and rewrites the embedded resource
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "eval";
var split = OptionValue(args, "--split") ?? "test";
var corpus = SpamCorpus.FindDirectory();
var root = Path.GetFullPath(Path.Combine(corpus, "..", ".."));
var rows = SpamCorpus.Load(Path.Combine(corpus, "comments.tsv"));
var rules = SpamCorpus.LoadRules(Path.Combine(corpus, "rules.json"));

switch (command)
{
    case "train":
        Train(corpus, Path.Combine(root, "src", "NewsFunctions", "Spam", "DefaultSpamModel.json"));
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
        var path = Path.Combine(root, "docs", $"spam-eval-generated{suffix}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"Written to {Path.GetRelativePath(root, path)}");
        return 0;
    case "scores":
        var scoreRows = SpamCorpus.Load(OptionValue(args, "--set")!);
        var scorePack = RulePack.Default;
        var scoreMatcher = new TermMatcher([], [], scorePack.TermsOf(_ => true));
        foreach (var (row, verdict) in PipelineReplay.Run(scoreRows, new SpamChecker(new SpamRules(2, [], []), SpamModel.Default)))
        {
            var rowSearch = SearchForm.Build(TextNormalizer.ForMatching(row.Content));
            var rowFound = new List<TermMatch>();
            scoreMatcher.FindAll(rowSearch.Text, rowSearch.Joined, rowFound);
            var tally = new PromotionTally(scorePack);
            rowFound.ForEach(tally.Add);
            var rowContacts = ContactFinder.Find(row.Content, TextNormalizer.ForMatching(row.Content));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Id}\t{(row.IsSpam ? "spam" : "ham")}\t{row.Kind}\t{row.Returning}\t{SpamModel.Default.LogOdds(row.Content):0.00}\t{verdict.Level}\t{tally.Score:0.00}\t{tally.Sells}\t{tally.SolicitsContact}\t{string.Join(",", rowContacts.Select(c => c.Kind + (c.Trusted ? "*" : "")))}\t{tally.Describe()}"));
        }
        return 0;
    case "explain":
        Explain(OptionValue(args, "--text") ?? throw new ArgumentException("explain needs --text TEXT"));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Use eval or train.");
        return 2;
}

// Trains on the train split of the generated corpus and of the written sets, then sets the log-odds
// above which the model alone holds a comment on the written sets' other 30%, which it never saw.
static void Train(string corpusDirectory, string modelPath)
{
    var train = SpamCorpus.LoadTraining(corpusDirectory).Where(r => !r.IsTest).ToList();
    var calibration = SpamCorpus.LoadCalibration(corpusDirectory).Select(r => (r.Content, r.IsSpam)).ToList();
    var model = SpamModel.Train(train.Select(r => (r.Content, r.IsSpam))).CalibratedOn(calibration, SpamCorpus.CalibrationHamHeld, new SpamChecker(new SpamRules(2, [], [])).HasCue);

    // What other shares of held ham would buy, for the record.
    var ham = calibration.Where(c => !c.IsSpam).Select(c => model.LogOdds(c.Content)).OrderDescending().ToList();
    var spam = calibration.Where(c => c.IsSpam).Select(c => model.LogOdds(c.Content)).ToList();
    foreach (var share in (double[])[0.0, 0.01, 0.02, 0.05])
    {
        var threshold = ham[Math.Min(ham.Count - 1, (int)(ham.Count * share))] + 1e-6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibration: holding {share:P0} of ham (log-odds >= {threshold:0.00}) holds {spam.Count(v => v >= threshold) / (double)spam.Count:P1} of spam"));
    }
    var chosen = model.HoldLogOdds;

    using (var stream = File.Create(modelPath))
    {
        model.ToJson(stream);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Trained on {model.SpamDocuments} spam and {model.HamDocuments} ham rows; calibrated on {spam.Count} spam and {ham.Count} ham; holds at log-odds {chosen} ({spam.Count(v => v >= chosen) / (double)spam.Count:P1} of calibration spam); wrote {modelPath}"));
}

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static void Explain(string text)
{
    var search = SearchForm.Build(TextNormalizer.ForMatching(text));
    Console.WriteLine($"search form: {search.Text}");
    var pack = RulePack.Default;
    var matcher = new TermMatcher([], [], pack.TermsOf(_ => true));
    var found = new List<TermMatch>();
    matcher.FindAll(search.Text, search.Joined, found);
    foreach (var match in found)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pack.Categories[match.Category].Name} ({pack.Categories[match.Category].Role}) {match.Weight:0.00}{(match.Near ? " near" : "")}: {match.Term}"));
    }
    var verdict = new SpamChecker(new SpamRules(2, [], []), SpamModel.Default).Check(new CommentText("reader", text, null, null));
    Console.WriteLine($"verdict: {verdict.Level} {string.Join("; ", verdict.Reasons)}");
}

