using System.Buffers.Binary;

namespace NewsFunctions.Spam;

// MinHash over character shingles of a comment's letters and digits, so the same promotion posted
// again with a few words, emoji or contact details changed still resembles itself. Bands of the
// signature (locality-sensitive hashing) are what storage is keyed by: two texts whose shingle sets
// overlap by about half share at least one band most of the time, and a candidate found through a
// band is confirmed on the whole signature.
public sealed class NearDuplicateSignature
{
    public const int Hashes = 32;
    public const int Bands = 4;
    private const int RowsPerBand = 2;
    private const int ShingleLength = 5;

    // Estimated Jaccard similarity at which two texts count as one text reworded. Reworded campaigns
    // measure 0.5-0.9 on their own shingles; independent comments on one story stay under 0.2.
    public const double SameTextSimilarity = 0.45;

    private static readonly ulong[] Seeds = BuildSeeds();

    private readonly uint[] _values;

    private NearDuplicateSignature(uint[] values) => _values = values;

    public ReadOnlySpan<uint> Values => _values;

    // Null for texts too short to count: "الله يرحمه" is posted by many honest readers at once.
    public static NearDuplicateSignature? Compute(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var search = SearchForm.Build(TextNormalizer.ForMatching(content));
        return search.Letters < SpamChecker.MinDuplicateLetters ? null : FromSearchText(search.Text);
    }

    internal static NearDuplicateSignature FromSearchText(string searchText)
    {
        Span<char> kept = searchText.Length <= 2048 ? stackalloc char[searchText.Length] : new char[searchText.Length];
        var length = 0;
        foreach (var c in searchText)
        {
            // Spacing, punctuation and emoji are what a campaign changes first; letters carry the text.
            if (CharKinds.IsLetter(c) || char.IsAsciiDigit(c))
            {
                kept[length++] = c;
            }
        }

        var values = new uint[Hashes];
        Array.Fill(values, uint.MaxValue);
        var text = kept[..length];
        for (var start = 0; start + ShingleLength <= text.Length; start++)
        {
            var shingle = Shingle(text.Slice(start, ShingleLength));
            for (var i = 0; i < Hashes; i++)
            {
                var mixed = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (mixed < values[i])
                {
                    values[i] = mixed;
                }
            }
        }
        return new NearDuplicateSignature(values);
    }

    public static NearDuplicateSignature FromValues(ReadOnlySpan<uint> values)
    {
        if (values.Length != Hashes)
        {
            throw new ArgumentException($"A signature has {Hashes} values.", nameof(values));
        }
        return new NearDuplicateSignature(values.ToArray());
    }

    // One key per band: texts that share a key are candidates, confirmed by Similarity.
    public string BandKey(int band)
    {
        ulong hash = 1469598103934665603UL ^ (ulong)band;
        for (var i = band * RowsPerBand; i < (band + 1) * RowsPerBand; i++)
        {
            hash = Mix(hash ^ _values[i]);
        }
        return $"{band}-{hash:x16}";
    }

    public double Similarity(NearDuplicateSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += _values[i] == other._values[i] ? 1 : 0;
        }
        return (double)same / Hashes;
    }

    public string ToBase64()
    {
        var bytes = new byte[Hashes * sizeof(uint)];
        for (var i = 0; i < Hashes; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), _values[i]);
        }
        return Convert.ToBase64String(bytes);
    }

    public static NearDuplicateSignature? FromBase64(string text)
    {
        var bytes = new byte[Hashes * sizeof(uint)];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != bytes.Length)
        {
            return null;
        }
        var values = new uint[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)));
        }
        return new NearDuplicateSignature(values);
    }

    private static ulong Shingle(ReadOnlySpan<char> shingle)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    // SplitMix64's finaliser: every seed gives an independent-looking permutation of the shingles.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] BuildSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
