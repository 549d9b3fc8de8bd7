using System.Globalization;

namespace NewsFunctions.Spam;

// Signals in the characters themselves, whatever the words say: bidi controls, invisible
// characters, look-alike letters, stretched letters, shouting.
internal static class CharacterChecks
{
    private const int InvisibleHold = 2;

    private const double CapitalShareFlag = 0.7;

    internal static void Check(TextSignals.OriginalFacts original, SearchText normalized, SpamSignals signals)
    {
        if (original.BidiControls > 0)
        {
            signals.Hold($"{original.BidiControls} bidi control characters, which can make text display reversed");
        }
        if (original.Invisible >= InvisibleHold)
        {
            signals.Hold($"{original.Invisible} invisible characters hidden inside words");
        }
        else if (original.Invisible == 1)
        {
            signals.Weak("an invisible character hidden inside a word");
        }
        if (normalized.MixedScriptWord is { } mixed)
        {
            signals.Hold($"word mixes Latin with look-alike Cyrillic or Greek letters: {mixed}");
        }

        if (normalized.StretchedRun is { } stretched)
        {
            signals.Weak($"letters stretched by repetition ({stretched})");
        }
        if (normalized.PunctuationRun is { } punctuation)
        {
            signals.Weak($"punctuation repeated ({punctuation})");
        }
        if (original.CapitalShare >= CapitalShareFlag)
        {
            signals.Weak($"mostly capital letters ({original.CapitalShare.Value.ToString("P0", CultureInfo.InvariantCulture)} of Latin letters)");
        }
    }
}
