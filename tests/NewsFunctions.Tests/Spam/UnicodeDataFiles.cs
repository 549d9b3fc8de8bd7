using System.Globalization;
using System.Text;
using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// Writes the character tables under src/NewsFunctions/Spam/Data from ICU's data, exactly as they are
// committed; UnicodeDataFilesTests compares the two, and writes the files instead when asked.
internal static class UnicodeDataFiles
{
    private const string ArabicLetter = "ARABIC LETTER ";

    // Letters whose names do not say which basic letter they are built on, by the name after
    // "ARABIC LETTER ". Names with "WITH" reach these through their base ("KEHEH WITH THREE DOTS
    // BELOW" is a KEHEH). The Pashto ږ is named a REH with dots, but it is the zhe and stands for ز.
    private static readonly Dictionary<string, char> BaseLetters = new()
    {
        ["ALEF WASLA"] = 'ا', ["HIGH HAMZA ALEF"] = 'ا', ["LOW ALEF"] = 'ا',
        ["PEH"] = 'ب', ["BEEH"] = 'ب', ["BEHEH"] = 'ب', ["DOTLESS BEH"] = 'ب',
        ["TTEH"] = 'ت', ["TTEHEH"] = 'ت', ["TEHEH"] = 'ت',
        ["TCHEH"] = 'ج', ["TCHEHEH"] = 'ج', ["NYEH"] = 'ج', ["DYEH"] = 'ج',
        ["DDAL"] = 'د', ["DAHAL"] = 'د', ["DDAHAL"] = 'د', ["DUL"] = 'د',
        ["RREH"] = 'ر', ["JEH"] = 'ز', ["REH WITH DOT BELOW AND DOT ABOVE"] = 'ز',
        ["VEH"] = 'ف', ["PEHEH"] = 'ف', ["DOTLESS FEH"] = 'ف', ["AFRICAN FEH"] = 'ف',
        ["DOTLESS QAF"] = 'ق', ["AFRICAN QAF"] = 'ق',
        ["KEHEH"] = 'ك', ["SWASH KAF"] = 'ك', ["GAF"] = 'ك', ["GUEH"] = 'ك', ["NG"] = 'ك', ["NGOEH"] = 'ك',
        ["NOON GHUNNA"] = 'ن', ["RNOON"] = 'ن', ["AFRICAN NOON"] = 'ن',
        ["HEH DOACHASHMEE"] = 'ه', ["HEH GOAL"] = 'ه', ["TEH MARBUTA GOAL"] = 'ه', ["AE"] = 'ه',
        ["OE"] = 'و', ["U"] = 'و', ["VE"] = 'و', ["YU"] = 'و', ["KIRGHIZ OE"] = 'و', ["KIRGHIZ YU"] = 'و',
        ["HIGH HAMZA WAW"] = 'و', ["STRAIGHT WAW"] = 'و',
        ["FARSI YEH"] = 'ي', ["YEH BARREE"] = 'ي', ["E"] = 'ي', ["KASHMIRI YEH"] = 'ي', ["ROHINGYA YEH"] = 'ي',
        ["HIGH HAMZA YEH"] = 'ي', ["THIN YEH"] = 'ي', ["GRAF"] = 'ك',
    };

    public static string Directory { get; } = FindDirectory();

    public static string LatinConfusables(Icu icu)
    {
        // Keyed by the form ForMatching gives a character, because matching is case-blind: the
        // skeleton of К is K, and ForMatching has made every К a к before look-alikes are folded.
        // A character's own skeleton wins over its capital's (ν is v, though Ν is N).
        var letters = new SortedDictionary<int, (char Letter, int From)>();
        // Planes 0 and 1 hold every letter-like block; the planes above hold CJK, tags and private use.
        for (var codePoint = 0x80; codePoint <= 0x1FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            var skeleton = TextNormalizer.ForMatching(icu.Skeleton(codePoint).ToLowerInvariant());
            if (skeleton is not [>= 'a' and <= 'z'])
            {
                continue;
            }
            var key = SingleCodePoint(TextNormalizer.ForMatching(char.ConvertFromUtf32(codePoint)));
            // ASCII keys are NFKC's work already (ℂ, 𝐜, fullwidth); Arabic ones never meet the fold.
            if (key < 0x80 || IsArabicScript(key))
            {
                continue;
            }
            if (!letters.TryGetValue(key, out var found) || (codePoint == key && found.From != key))
            {
                letters[key] = (skeleton[0], codePoint);
            }
        }

        var text = Header(icu, "Latin look-alikes: each character as ForMatching leaves it, and the ASCII letter its UTS #39 confusable skeleton (uspoof_getSkeleton) becomes after lower-casing and ForMatching; multi-letter skeletons are left out.");
        foreach (var (key, (letter, from)) in letters)
        {
            var note = from == key ? icu.Name(key) : $"{icu.Name(key)} (skeleton of U+{from:X4})";
            text.Append(CultureInfo.InvariantCulture, $"U+{key:X4}\t{letter}\t{note}\n");
        }
        return text.ToString();
    }

    public static string ArabicLetterFolds(Icu icu)
    {
        var text = Header(icu, "Arabic-script letters and the basic Arabic letter each is built on: ARABIC LETTER X WITH ... becomes ARABIC LETTER X by ICU's character names, and a short hand table (UnicodeDataFiles.BaseLetters) names the rest; the basic letters themselves are not listed.");
        foreach (var (first, last) in new[] { (0x0620, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF) })
        {
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                var name = icu.Name(codePoint);
                if (IsBasicLetter(codePoint) || !name.StartsWith(ArabicLetter, StringComparison.Ordinal))
                {
                    continue;
                }
                var basic = BasicLetter(icu, name[ArabicLetter.Length..]);
                if (basic != '\0')
                {
                    text.Append(CultureInfo.InvariantCulture, $"U+{codePoint:X4}\t{basic}\t{name}\n");
                }
            }
        }
        return text.ToString();
    }

    // The letter a name stands for, following "X WITH ..." to X until a basic letter or a hand entry.
    private static char BasicLetter(Icu icu, string name)
    {
        if (BaseLetters.TryGetValue(name, out var letter))
        {
            return letter;
        }
        var with = name.IndexOf(" WITH ", StringComparison.Ordinal);
        if (with < 0)
        {
            return '\0';
        }
        var baseName = name[..with];
        var baseLetter = icu.FromName(ArabicLetter + baseName);
        return baseLetter < 0 ? '\0'
            : IsBasicLetter(baseLetter) ? TextNormalizer.ForMatching(char.ConvertFromUtf32(baseLetter))[0]
            : BasicLetter(icu, baseName);
    }

    private static bool IsBasicLetter(int codePoint) => codePoint is (>= 0x0621 and <= 0x063A) or (>= 0x0641 and <= 0x064A);

    private static bool IsArabicScript(int codePoint)
        => codePoint is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x0870 and <= 0x08FF)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10E60 and <= 0x10EFF)
            or (>= 0x1EE00 and <= 0x1EEFF);

    private static int SingleCodePoint(string text)
        => text.Length == 1 ? text[0]
            : text.Length == 2 && char.IsSurrogatePair(text[0], text[1]) ? char.ConvertToUtf32(text[0], text[1])
            : -1;

    private static StringBuilder Header(Icu icu, string description) => new StringBuilder()
        .Append("# ").Append(description).Append('\n')
        .Append(CultureInfo.InvariantCulture, $"# Generated from ICU {icu.FullVersion} (Unicode {icu.UnicodeVersion}) by tests/NewsFunctions.Tests/Spam/UnicodeDataFiles.cs; do not edit. Regenerate with UPDATE_SPAM_DATA=1 dotnet test tests/NewsFunctions.Tests.\n");

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var data = Path.Combine(directory.FullName, "src", "NewsFunctions", "Spam", "Data");
            if (System.IO.Directory.Exists(data))
            {
                return data;
            }
        }
        throw new DirectoryNotFoundException($"src/NewsFunctions/Spam/Data not found above {AppContext.BaseDirectory}.");
    }
}
