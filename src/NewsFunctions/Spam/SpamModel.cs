using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace NewsFunctions.Spam;

// Multinomial Naive Bayes over hashed character n-grams of the search form. Counts (not weights) are
// what is stored, so a model can be retrained from moderators' decisions and reloaded without a deploy.
public sealed class SpamModel
{
    private const int FormatVersion = 1;
    private const int Buckets = 1 << 16;
    private const int MinGram = 2;
    private const int MaxGram = 4;
    private const double Smoothing = 0.5;
    // A bucket filled by fewer n-grams than this is as likely a hash collision or a one-off name as
    // evidence; counting it lets a text of unseen words (a name, a reference code) score as spam.
    private const int MinEvidence = 3;
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const string ResourceName = "NewsFunctions.Spam.DefaultSpamModel.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<SpamModel> DefaultModel = new(LoadDefault);

    private readonly SpamModelData _data;
    private readonly float[] _weights = new float[Buckets];
    private readonly double _prior;

    private SpamModel(SpamModelData data)
    {
        _data = data;
        var spamTotal = data.SpamCounts.Values.Sum(v => (double)v) + Smoothing * Buckets;
        var hamTotal = data.HamCounts.Values.Sum(v => (double)v) + Smoothing * Buckets;
        // A bucket no training text filled is no evidence either way. Smoothing alone would give it
        // log(hamTotal / spamTotal), so every unseen n-gram of a long text, a name or a reference
        // code, would push it towards the class with fewer n-grams.
        foreach (var bucket in data.SpamCounts.Keys.Union(data.HamCounts.Keys))
        {
            var spamCount = data.SpamCounts.GetValueOrDefault(bucket);
            var hamCount = data.HamCounts.GetValueOrDefault(bucket);
            if (spamCount + hamCount < MinEvidence)
            {
                continue;
            }
            var spam = spamCount + Smoothing;
            var ham = hamCount + Smoothing;
            _weights[bucket] = (float)(Math.Log(spam / spamTotal) - Math.Log(ham / hamTotal));
        }
        _prior = Math.Log((data.SpamDocuments + 1.0) / (data.HamDocuments + 1.0));
    }

    // Trained on the project's corpus train split by bench/NewsFunctions.SpamEval ("train" command).
    public static SpamModel Default => DefaultModel.Value;

    public int SpamDocuments => _data.SpamDocuments;

    // At or above these log-odds the model alone holds a comment. They are chosen on a calibration
    // split the model was not trained on (SpamEval "train"), so they travel with the counts they
    // belong to. Log-odds rather than a probability: Naive Bayes pushes most texts so far towards 0
    // or 1 that a double cannot tell their probabilities apart.
    public double HoldLogOdds => _data.HoldLogOdds ?? Math.Log(SpamChecker.ModelHoldThreshold / (1 - SpamChecker.ModelHoldThreshold));

    // The lower threshold that holds a comment which also carries a promotion cue or a contact:
    // two weak signals that seldom meet in ham. Never above HoldLogOdds.
    public double CueHoldLogOdds => Math.Min(_data.CueHoldLogOdds ?? HoldLogOdds, HoldLogOdds);

    public SpamModel WithHoldLogOdds(double logOdds, double? cueLogOdds = null)
        => new(_data with { HoldLogOdds = logOdds, CueHoldLogOdds = cueLogOdds });

    // The same counts with the hold threshold set just above the held-out ham that may still be held
    // (maxHamHeld of it, rounded down): comments this model was not trained on. With hasCue, the
    // cue threshold is set the same way on the held-out ham that carries a cue.
    public SpamModel CalibratedOn(IEnumerable<(string Text, bool IsSpam)> heldOut, double maxHamHeld, Func<string, bool>? hasCue = null)
    {
        var hamTexts = heldOut.Where(e => !e.IsSpam).Select(e => e.Text).ToList();
        if (hamTexts.Count == 0)
        {
            return this;
        }
        var hold = ThresholdAbove(hamTexts, maxHamHeld);
        var cued = hasCue is null ? [] : hamTexts.Where(hasCue).ToList();
        return WithHoldLogOdds(hold, cued.Count == 0 ? null : Math.Min(hold, ThresholdAbove(cued, maxHamHeld)));
    }

    private double ThresholdAbove(List<string> hamTexts, double maxHamHeld)
    {
        var ham = hamTexts.Select(LogOdds).OrderDescending().ToList();
        var allowed = (int)(ham.Count * maxHamHeld);
        return Math.Ceiling((ham[allowed] + 1e-6) * 1000) / 1000;
    }

    public double LogOdds(string text) => LogOddsOfSearchForm(TextNormalizer.ForTermSearch(text));

    public static double Probability(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    public int HamDocuments => _data.HamDocuments;

    public static SpamModel Train(IEnumerable<(string Text, bool IsSpam)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var data = new SpamModelData(FormatVersion, Buckets, MinGram, MaxGram, 0, 0, new Dictionary<int, int>(), new Dictionary<int, int>());
        var spamDocuments = 0;
        var hamDocuments = 0;
        foreach (var (text, isSpam) in examples)
        {
            var counts = isSpam ? data.SpamCounts : data.HamCounts;
            foreach (var bucket in BucketsOf(TextNormalizer.ForTermSearch(text)))
            {
                counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
            }
            if (isSpam)
            {
                spamDocuments++;
            }
            else
            {
                hamDocuments++;
            }
        }
        return new SpamModel(data with { SpamDocuments = spamDocuments, HamDocuments = hamDocuments });
    }

    public static SpamModel FromJson(Stream stream)
    {
        var data = JsonSerializer.Deserialize<SpamModelData>(stream, JsonOptions)
            ?? throw new InvalidDataException("The spam model file is empty.");
        if (data.Version != FormatVersion || data.Buckets != Buckets || data.MinGram != MinGram || data.MaxGram != MaxGram)
        {
            throw new InvalidDataException(
                $"Spam model format {data.Version} ({data.Buckets} buckets, {data.MinGram}-{data.MaxGram} grams) "
                + $"does not match this engine ({FormatVersion}, {Buckets}, {MinGram}-{MaxGram}); retrain it.");
        }
        return new SpamModel(data);
    }

    public void ToJson(Stream stream)
    {
        // Sorted keys make a retrained default model diff cleanly in the repository (a dictionary
        // filled once, without removals, enumerates in insertion order).
        var sorted = _data with
        {
            SpamCounts = _data.SpamCounts.OrderBy(p => p.Key).ToDictionary(),
            HamCounts = _data.HamCounts.OrderBy(p => p.Key).ToDictionary(),
        };
        JsonSerializer.Serialize(stream, sorted, JsonOptions);
    }

    // Probability (0..1) that the text is spam.
    public double Score(string text) => Probability(LogOdds(text));

    // One pass over the text, hashing each position's 2-, 3- and 4-gram as it goes and summing
    // their weights: no bucket buffer, no substrings. It visits exactly the buckets FillBuckets
    // lists, in the same order, so scores stay exactly what the trained model gives.
    internal double ScoreSearchForm(string searchForm) => Probability(LogOddsOfSearchForm(searchForm));

    internal double LogOddsOfSearchForm(string searchForm)
    {
        var text = WithoutCodes(searchForm).AsSpan();
        var length = text.Length + 2;
        var weights = _weights;
        var sum = 0f;
        var start = 0;
        // Every start with a full 4-gram ahead: three lookups, no length tests. The last three
        // chars of the padded text ride along in locals, so no padded copy is made.
        char c0 = PaddedAt(text, 0), c1 = PaddedAt(text, 1), c2 = PaddedAt(text, 2);
        for (; start + MaxGram <= length; start++)
        {
            var c3 = PaddedAt(text, start + 3);
            var h2 = (((OffsetBasis ^ c0) * Prime) ^ c1) * Prime;
            var h3 = (h2 ^ c2) * Prime;
            var h4 = (h3 ^ c3) * Prime;
            sum += weights[(int)(h2 & (Buckets - 1))];
            sum += weights[(int)(h3 & (Buckets - 1))];
            sum += weights[(int)(h4 & (Buckets - 1))];
            (c0, c1, c2) = (c1, c2, c3);
        }
        for (; start + MinGram <= length; start++)
        {
            var hash = OffsetBasis;
            for (var i = start; i < length; i++)
            {
                hash = (hash ^ PaddedAt(text, i)) * Prime;
                if (i - start + 1 >= MinGram)
                {
                    sum += weights[(int)(hash & (Buckets - 1))];
                }
            }
        }
        return _prior + sum;
    }

    // The char at index of the search form padded with a space at each end, digits read as 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char PaddedAt(ReadOnlySpan<char> text, int index)
        => (uint)(index - 1) < (uint)text.Length ? (char.IsAsciiDigit(text[index - 1]) ? '0' : text[index - 1]) : ' ';

    // No word is this long: a run of more letters is a reference code, a hash or a keyboard
    // smash, whose random n-grams would only add noise to the score.
    private const int LongestWord = 20;

    // The search form without letter runs longer than LongestWord, the text itself when it has none
    // (nearly always: then nothing is allocated).
    internal static string WithoutCodes(string searchForm)
    {
        var run = 0;
        var found = false;
        foreach (var c in searchForm)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run > LongestWord)
            {
                found = true;
                break;
            }
        }
        if (!found)
        {
            return searchForm;
        }
        var kept = new StringBuilder(searchForm.Length);
        var start = 0;
        for (var i = 0; i <= searchForm.Length; i++)
        {
            if (i == searchForm.Length || !char.IsLetter(searchForm[i]))
            {
                if (i - start <= LongestWord)
                {
                    kept.Append(searchForm, start, i - start);
                }
                if (i < searchForm.Length)
                {
                    kept.Append(searchForm[i]);
                }
                start = i + 1;
            }
        }
        return kept.ToString();
    }

    private static int[] BucketsOf(string searchForm)
    {
        searchForm = WithoutCodes(searchForm);
        var buffer = new int[BucketCapacity(searchForm)];
        return buffer[..FillBuckets(searchForm, buffer)];
    }

    private static int BucketCapacity(string searchForm) => (searchForm.Length + 2) * (MaxGram - MinGram + 1);

    // Hashed 2- to 4-grams (FNV-1a). Digits become 0 so that every phone number and price shares
    // n-grams, and the text is padded with spaces so word starts and ends are features too.
    private static int FillBuckets(string searchForm, int[] buckets)
    {
        var length = searchForm.Length + 2;
        var padded = ArrayPool<char>.Shared.Rent(length);
        try
        {
            Pad(searchForm, padded.AsSpan(0, length));

            var count = 0;
            for (var start = 0; start + MinGram <= length; start++)
            {
                var hash = OffsetBasis;
                var end = Math.Min(start + MaxGram, length);
                for (var i = start; i < end; i++)
                {
                    hash = (hash ^ padded[i]) * Prime;
                    if (i - start + 1 >= MinGram)
                    {
                        buckets[count++] = (int)(hash & (Buckets - 1));
                    }
                }
            }
            return count;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(padded);
        }
    }

    private static void Pad(string searchForm, Span<char> padded)
    {
        padded[0] = ' ';
        padded[^1] = ' ';
        for (var i = 0; i < searchForm.Length; i++)
        {
            padded[i + 1] = char.IsAsciiDigit(searchForm[i]) ? '0' : searchForm[i];
        }
    }

    private static SpamModel LoadDefault()
    {
        using var stream = EmbeddedResources.Open(ResourceName);
        return FromJson(stream);
    }

    private sealed record SpamModelData(
        int Version,
        int Buckets,
        int MinGram,
        int MaxGram,
        int SpamDocuments,
        int HamDocuments,
        Dictionary<int, int> SpamCounts,
        Dictionary<int, int> HamCounts,
        double? HoldLogOdds = null,
        double? CueHoldLogOdds = null);
}
