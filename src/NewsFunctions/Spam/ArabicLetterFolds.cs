namespace NewsFunctions.Spam;

// Persian, Urdu, Kurdish, Pashto, Sindhi, Jawi and the extended Arabic letters, each folded to the
// basic letter it is built on (پ to ب, گ and ک to ك, ی to ي), from a table generated out of
// Unicode's character names (tests/NewsFunctions.Tests/Spam/UnicodeDataFiles.cs). The
// basic letters ء to ي are not in it. A class of its own, so the table is loaded before
// the optimistic fold table is built from FoldChar.
internal static class ArabicLetterFolds
{
    private const char First = '\u0620';
    private const char Last = '\u08FF';

    private static readonly char[] Folds = Load();

    public static char Get(char c) => c is >= First and <= Last ? Folds[c - First] : '\0';

    private static char[] Load()
    {
        var folds = new char[Last - First + 1];
        foreach (var (codePoint, value) in UnicodeDataFile.Read(UnicodeDataFile.ArabicLetterFolds))
        {
            folds[codePoint - First] = value[0];
        }
        return folds;
    }
}
