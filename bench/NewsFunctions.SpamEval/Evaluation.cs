using System.Globalization;
using System.Text;
using NewsFunctions.Spam;

// A comment counts as caught when it is held (Suspect) or marked spam: either way a reader never
// sees it unreviewed. For ham the same outcome is a false positive.
internal static class Evaluation
{
    public static string Run(IReadOnlyList<CorpusRow> rows, SpamRules rules, SpamModel? model, string split)
    {
        var checker = new SpamChecker(rules, model);
        var recent = SpamCorpus.RecentActivityWithin(rows);
        var results = rows.Select(r => (Row: r, Verdict: checker.Check(r.Comment, recent(r)))).ToList();
        return Report(results, rules, model, $"Corpus split `{split}`", "bench/corpus/rules.json");
    }

    // A written set replayed as the pipeline meets it (PipelineReplay), with the given settings.
    // Mistakes of a frozen test set are listed by id only: their text must not become what the rules
    // are tuned on.
    public static string RunReplay(
        IReadOnlyList<CorpusRow> rows, SpamRules rules, SpamModel? model, string name, string rulesName, bool showText)
        => Report(PipelineReplay.Run(rows, new SpamChecker(rules, model)), rules, model, $"Set `{name}`", rulesName, showText);

    private static string Report(
        List<(CorpusRow Row, SpamVerdict Verdict)> results, SpamRules rules, SpamModel? model, string title, string rulesName,
        bool showText = true)
    {
        var rows = results.Select(r => r.Row).ToList();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Spam engine evaluation, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        var spamRows = rows.Count(r => r.IsSpam);
        var hamRows = rows.Count - spamRows;
        report.Append(CultureInfo.InvariantCulture, $"{title}: {spamRows} spam, {hamRows} ham. ")
            .Append(CultureInfo.InvariantCulture, $"Site words: {rulesName} ({rules.BannedWords.Count} banned, ")
            .Append(CultureInfo.InvariantCulture, $"{rules.SuspectWords.Count} suspect, max {rules.MaxLinks} links); ")
            .Append(CultureInfo.InvariantCulture, $"rule pack {rules.RulePack.Version}. ")
            .AppendLine(CultureInfo.InvariantCulture, $"Model: {ModelDescription(model)}. Caught = held or marked spam.");
        report.AppendLine();
        report.AppendLine("## Overall");
        report.AppendLine();
        AppendConfusion(report, results);
        if (model is not null)
        {
            var spamHeld = rows.Count(r => r.IsSpam && model.LogOdds(r.Content) >= model.HoldLogOdds);
            var hamHeld = rows.Count(r => !r.IsSpam && model.LogOdds(r.Content) >= model.HoldLogOdds);
            report.Append(CultureInfo.InvariantCulture, $"The model alone (log-odds ≥ {model.HoldLogOdds:0.###}) ")
                .AppendLine(CultureInfo.InvariantCulture, $"would hold {spamHeld} of {spamRows} spam and {hamHeld} of {hamRows} ham.");
            report.AppendLine();
        }
        AppendGroups(report, "Per language", results, r => r.Language);
        AppendGroups(report, "Per class", results, r => $"{(r.IsSpam ? "spam" : "ham")} / {r.Kind}");
        AppendGroups(report, "Per class and language", results, r => $"{(r.IsSpam ? "spam" : "ham")} / {r.Kind} / {r.Language}");
        AppendMistakes(report, results, showText);
        return report.ToString();
    }

    private static void AppendConfusion(StringBuilder report, List<(CorpusRow Row, SpamVerdict Verdict)> results)
    {
        var counts = Counts.Of(results);
        report.AppendLine("| | caught (held or spam) | published |");
        report.AppendLine("|---|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| spam | {counts.TruePositives} | {counts.FalseNegatives} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| ham | {counts.FalsePositives} | {counts.TrueNegatives} |");
        report.AppendLine();
        var spamMarked = results.Count(r => r.Row.IsSpam && r.Verdict.Level == SpamLevel.Spam);
        var hamMarked = results.Count(r => !r.Row.IsSpam && r.Verdict.Level == SpamLevel.Spam);
        report.Append(CultureInfo.InvariantCulture, $"Precision {Percent(counts.Precision)}, spam recall {Percent(counts.Recall)}, ")
            .Append(CultureInfo.InvariantCulture, $"ham false-positive rate {Percent(counts.HamFalsePositiveRate)}. ")
            .AppendLine(CultureInfo.InvariantCulture, $"Marked spam outright: {spamMarked} spam, {hamMarked} ham.");
        report.AppendLine();
    }

    private static void AppendGroups(
        StringBuilder report, string title, List<(CorpusRow Row, SpamVerdict Verdict)> results, Func<CorpusRow, string> key)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        report.AppendLine();
        report.AppendLine("| group | spam | caught | recall | ham | held or spam | ham FPR | ham marked spam |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => key(r.Row)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = Counts.Of(group);
            var spam = counts.TruePositives + counts.FalseNegatives;
            var ham = counts.FalsePositives + counts.TrueNegatives;
            var recall = spam > 0 ? Percent(counts.Recall) : "-";
            var falsePositiveRate = ham > 0 ? Percent(counts.HamFalsePositiveRate) : "-";
            var hamMarked = group.Count(r => !r.Row.IsSpam && r.Verdict.Level == SpamLevel.Spam);
            report.Append(CultureInfo.InvariantCulture, $"| {group.Key} | {spam} | {counts.TruePositives} | {recall} ")
                .AppendLine(CultureInfo.InvariantCulture, $"| {ham} | {counts.FalsePositives} | {falsePositiveRate} | {hamMarked} |");
        }
        report.AppendLine();
    }

    private static void AppendMistakes(StringBuilder report, List<(CorpusRow Row, SpamVerdict Verdict)> results, bool showText)
    {
        report.AppendLine("## Mistakes");
        report.AppendLine();
        var mistakes = results.Where(r => r.Row.IsSpam != (r.Verdict.Level != SpamLevel.Clean)).ToList();
        if (mistakes.Count == 0)
        {
            report.AppendLine("None.");
        }
        foreach (var (row, verdict) in mistakes)
        {
            var reasons = verdict.Reasons.Count == 0 ? "no reasons" : string.Join("; ", verdict.Reasons);
            var score = verdict.Score.ToString("0.00", CultureInfo.InvariantCulture);
            report.Append(CultureInfo.InvariantCulture, $"- `{row.Id}` {(row.IsSpam ? "spam" : "ham")}/{row.Kind} → {verdict.Level}");
            report.AppendLine(showText ? $" (score {score}; {reasons}): {Escape(row.Content)}" : "");
        }
        report.AppendLine();
    }

    private static string ModelDescription(SpamModel? model) => model is null
        ? "none (rules and normalisation only)"
        : $"embedded default ({model.SpamDocuments} spam / {model.HamDocuments} ham training rows)";

    private static string Escape(string text) => TextNormalizer.NeutraliseBidi(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private sealed record Counts(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
    {
        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double HamFalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

        public static Counts Of(IEnumerable<(CorpusRow Row, SpamVerdict Verdict)> results)
        {
            int tp = 0, fn = 0, fp = 0, tn = 0;
            foreach (var (row, verdict) in results)
            {
                var caught = verdict.Level != SpamLevel.Clean;
                _ = (row.IsSpam, caught) switch
                {
                    (true, true) => tp++,
                    (true, false) => fn++,
                    (false, true) => fp++,
                    (false, false) => tn++,
                };
            }
            return new Counts(tp, fn, fp, tn);
        }

        private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
    }
}
