using System.Collections.Frozen;

namespace NewsFunctions.Spam;

// The lists ContactFinder matches against, embedded from Spam/Data so that a list change is a data
// change, reviewed as one. Every entry goes through TextNormalizer.ForMatching, the function the
// comment went through, so "السعودية" in the IANA list meets "السعوديه" in the text.
internal static class ContactData
{
    private const string ResourcePrefix = "NewsFunctions.Spam.Data.";
    private const string AnyCountryCode = ".*";

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tlds = Lookup("tlds.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordTlds = Lookup("word-tlds.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Shorteners = Lookup("shorteners.txt");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trusted =
        Lines("trusted.txt").Where(l => !l.EndsWith(AnyCountryCode, StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "gov.*": the label that must stand just before a two-letter country code.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrustedBeforeCountryCode =
        Lines("trusted.txt").Where(l => l.EndsWith(AnyCountryCode, StringComparison.Ordinal))
            .Select(l => l[..^AnyCountryCode.Length])
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Domain to the path prefixes a link must start with; "" is any link to the domain.
    public static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Messengers =
        Lines("messengers.txt")
            .Select(l => l.IndexOf('/') is var slash and >= 0 ? (Host: l[..slash], Path: l[slash..]) : (Host: l, Path: ""))
            .GroupBy(e => e.Host, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Path).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly Phrases Platforms = new(Lines("platforms.txt"));
    public static readonly Phrases AddMe = new(Lines("add-me.txt"));
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhoneCues = Lookup("phone-cues.txt");
    public static readonly Phrases ProfilePointers = new(Lines("profile-pointers.txt"));

    // Digit words in their normalised spelling (ة as ه, أ as ا), MSA, dialect and Arabizi; a leading
    // و ("وخمسه") is taken off before the lookup.
    public static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> DigitWords =
        new Dictionary<string, char>
        {
            ["صفر"] = '0', ["زيرو"] = '0', ["zero"] = '0', ["sefr"] = '0',
            ["واحد"] = '1', ["one"] = '1', ["wa7ed"] = '1', ["wahed"] = '1',
            ["اثنين"] = '2', ["اثنان"] = '2', ["اتنين"] = '2', ["تنين"] = '2', ["two"] = '2', ["etnen"] = '2', ["itnen"] = '2',
            ["ثلاثه"] = '3', ["ثلاث"] = '3', ["تلاته"] = '3', ["تلات"] = '3', ["three"] = '3', ["talata"] = '3', ["tlata"] = '3',
            ["اربعه"] = '4', ["اربع"] = '4', ["four"] = '4', ["arba3a"] = '4',
            ["خمسه"] = '5', ["خمس"] = '5', ["five"] = '5', ["khamsa"] = '5', ["5amsa"] = '5',
            ["سته"] = '6', ["ست"] = '6', ["six"] = '6', ["setta"] = '6', ["sitta"] = '6',
            ["سبعه"] = '7', ["سبع"] = '7', ["seven"] = '7', ["sab3a"] = '7',
            ["ثمانيه"] = '8', ["ثماني"] = '8', ["ثمان"] = '8', ["تمانيه"] = '8', ["تمنيه"] = '8', ["تماني"] = '8',
            ["eight"] = '8', ["tamanya"] = '8',
            ["تسعه"] = '9', ["تسع"] = '9', ["nine"] = '9', ["tes3a"] = '9', ["tis3a"] = '9',
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<string> Read(string fileName) => Lines(fileName);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string fileName)
        => Lines(fileName).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] Lines(string fileName)
    {
        using var stream = typeof(ContactData).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"embedded spam data {fileName} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(TextNormalizer.ForMatching(line));
            }
        }
        return [.. lines];
    }

    // The phrases are kept longest first so that the first one that fits at a place is the longest
    // ("سناب شات" before "سناب").
    internal sealed class Phrases(IEnumerable<string> phrases)
    {
        private readonly string[] _byLength = [.. phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];

        public IReadOnlyList<string> All => _byLength;

        // The phrase standing whole at index: no letter or digit glued to either end, bar an Arabic
        // "و" or "ف" in front ("وراسلني خاص").
        public string? WholeAt(ReadOnlySpan<char> text, int index)
        {
            if (!TextSpans.StartsWord(text, index))
            {
                return null;
            }
            foreach (var phrase in _byLength)
            {
                if (text[index..].StartsWith(phrase, StringComparison.Ordinal) && TextSpans.EndsWord(text, index + phrase.Length))
                {
                    return phrase;
                }
            }
            return null;
        }
    }
}
