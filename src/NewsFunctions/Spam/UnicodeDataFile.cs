using System.Globalization;

namespace NewsFunctions.Spam;

// The character tables generated from ICU's Unicode data and committed under Spam/Data. The tests
// that compare them with ICU regenerate them too (tests/NewsFunctions.Tests/Spam/UnicodeDataFiles.cs);
// at run time nothing calls ICU for them, so every host folds the same way whatever its ICU version.
// A line is "U+XXXX<TAB>value<TAB>note"; lines starting with '#' are headers.
internal static class UnicodeDataFile
{
    public const string LatinConfusables = "latin-confusables.txt";
    public const string ArabicLetterFolds = "arabic-letter-folds.txt";

    public static List<(int CodePoint, string Value)> Read(string name)
    {
        var resource = $"NewsFunctions.Spam.Data.{name}";
        using var stream = typeof(UnicodeDataFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var entries = new List<(int, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            entries.Add((int.Parse(fields[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture), fields[1]));
        }
        return entries;
    }
}
