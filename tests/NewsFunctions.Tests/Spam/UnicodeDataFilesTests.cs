using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

// The committed tables must be what ICU's data yields today. With UPDATE_SPAM_DATA=1 these tests
// write the files instead of comparing (then pass), so a new ICU, or a change to ForMatching the
// tables are built with, is one run away: UPDATE_SPAM_DATA=1 dotnet test tests/NewsFunctions.Tests.
public class UnicodeDataFilesTests
{
    [IcuFact]
    public void LatinConfusablesFile_ComparedWithIcu_IsUpToDate()
        => CompareOrUpdate(UnicodeDataFile.LatinConfusables, UnicodeDataFiles.LatinConfusables);

    [IcuFact]
    public void ArabicLetterFoldsFile_ComparedWithIcu_IsUpToDate()
        => CompareOrUpdate(UnicodeDataFile.ArabicLetterFolds, UnicodeDataFiles.ArabicLetterFolds);

    private static void CompareOrUpdate(string name, Func<Icu, string> generate)
    {
        using var icu = Icu.TryOpen()!;
        var path = Path.Combine(UnicodeDataFiles.Directory, name);

        var expected = generate(icu);

        if (Environment.GetEnvironmentVariable("UPDATE_SPAM_DATA") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == expected,
            $"{name} differs from what ICU {icu.FullVersion} yields (first difference at line {FirstDifferentLine(committed, expected)}). "
            + "Regenerate it with UPDATE_SPAM_DATA=1 dotnet test tests/NewsFunctions.Tests and review the diff.");
    }

    private static int FirstDifferentLine(string committed, string expected)
    {
        var left = committed.Split('\n');
        var right = expected.Split('\n');
        var line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
        {
            line++;
        }
        return line + 1;
    }
}

// Skips, saying why, only on a machine with no ICU at all; wherever .NET runs on ICU these run.
public sealed class IcuFactAttribute : FactAttribute
{
    public IcuFactAttribute()
    {
        if (!Icu.IsAvailable)
        {
            Skip = "No ICU found (probed libicui18n.so.60 to .90), so the generated Unicode data files cannot be checked here.";
        }
    }
}
