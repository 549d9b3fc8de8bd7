using System.Buffers;
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
        var baseline = Math.Log(Smoothing / spamTotal) - Math.Log(Smoothing / hamTotal);
        Array.Fill(_weights, (float)baseline);
        foreach (var bucket in data.SpamCounts.Keys.Union(data.HamCounts.Keys))
        {
            var spam = data.SpamCounts.GetValueOrDefault(bucket) + Smoothing;
            var ham = data.HamCounts.GetValueOrDefault(bucket) + Smoothing;
            _weights[bucket] = (float)(Math.Log(spam / spamTotal) - Math.Log(ham / hamTotal));
        }
        _prior = Math.Log((data.SpamDocuments + 1.0) / (data.HamDocuments + 1.0));
    }

    // Trained on the project's corpus train split by bench/NewsFunctions.SpamEval ("train" command).
    public static SpamModel Default => DefaultModel.Value;

    public int SpamDocuments => _data.SpamDocuments;

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
    public double Score(string text) => ScoreSearchForm(TextNormalizer.ForTermSearch(text));

    internal double ScoreSearchForm(string searchForm)
    {
        var buffer = ArrayPool<int>.Shared.Rent(BucketCapacity(searchForm));
        try
        {
            var count = FillBuckets(searchForm, buffer);
            var sum = 0f;
            foreach (var bucket in buffer.AsSpan(0, count))
            {
                sum += _weights[bucket];
            }
            return count == 0 ? 0 : 1 / (1 + Math.Exp(-(_prior + sum)));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static int[] BucketsOf(string searchForm)
    {
        var buffer = new int[BucketCapacity(searchForm)];
        return buffer[..FillBuckets(searchForm, buffer)];
    }

    private static int BucketCapacity(string searchForm) => (searchForm.Length + 2) * (MaxGram - MinGram + 1);

    // Hashed 2- to 4-grams (FNV-1a). Digits become 0 so that every phone number and price shares
    // n-grams, and the text is padded with spaces so word starts and ends are features too.
    private static int FillBuckets(string searchForm, int[] buckets)
    {
        const uint offsetBasis = 2166136261;
        const uint prime = 16777619;
        var length = searchForm.Length + 2;
        var padded = ArrayPool<char>.Shared.Rent(length);
        try
        {
            padded[0] = ' ';
            padded[length - 1] = ' ';
            for (var i = 0; i < searchForm.Length; i++)
            {
                padded[i + 1] = char.IsAsciiDigit(searchForm[i]) ? '0' : searchForm[i];
            }

            var count = 0;
            for (var start = 0; start + MinGram <= length; start++)
            {
                var hash = offsetBasis;
                var end = Math.Min(start + MaxGram, length);
                for (var i = start; i < end; i++)
                {
                    hash = (hash ^ padded[i]) * prime;
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

    private static SpamModel LoadDefault()
    {
        using var stream = typeof(SpamModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
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
        Dictionary<int, int> HamCounts);
}
