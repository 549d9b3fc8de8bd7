namespace NewsFunctions.Spam;

// Which characters NFKC leaves alone, so that ForMatching can skip it for most comments.
internal static class NfkcStability
{
    internal static bool IsDefaultIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    // NFKC turns these isolated harakat and shadda ligatures into a space plus a mark, which would
    // split a word in two; deleting them first keeps the word whole.
    internal static bool IsSpacingArabicMarkForm(int codePoint)
        => codePoint is (>= 0xFE70 and <= 0xFE7F) or (>= 0xFC5E and <= 0xFC63);

    // Characters NFKC could change in a way that survives folding: presentation forms, full-width
    // and styled letters, ligatures, combining hamza and madda (which compose into letters Fold
    // keeps), and anything outside the scripts listed here.
    internal static bool IsKnownStable(char c)
        => c is (>= '\u0600' and <= '\u0652') or (>= '\u0656' and <= '\u0674') or (>= '\u0679' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or '\u00AB' or '\u00BB' or '\u00D7' or '\u00F7' or (>= '\u00C0' and <= '\u00FF')
            or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022'
            or (>= '\u2600' and <= '\u27BF')
            || (IsDefaultIgnorable(c) && !IsSpacingArabicMarkForm(c));

    // Emoji and pictographs have no compatibility mappings; tags and the like are deleted by Fold.
    internal static bool IsStableSupplementary(int codePoint)
        => codePoint is (>= 0x1F300 and <= 0x1FAFF) or (>= 0x1F000 and <= 0x1F0FF) or (>= 0x1F1E6 and <= 0x1F1FF)
            || IsDefaultIgnorable(codePoint);
}
