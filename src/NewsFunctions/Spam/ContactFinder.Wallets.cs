namespace NewsFunctions.Spam;

// Crypto wallet addresses: where a "donation" or an "investment" is paid, so a contact as much as a
// phone. Read on the normalised text, which is lower case, so base58 is matched by shape: the
// prefix of each chain, the length, and digits mixed with letters as random keys have them.
internal static partial class ContactFinder
{
    private static void FindWallets(ref Scan scan)
    {
        var text = scan.Text;
        var index = 0;
        while (index < text.Length)
        {
            // Vectorised: Arabic text has long stretches without an ASCII letter or digit.
            var next = text[index..].IndexOfAny(AsciiLettersAndDigits);
            if (next < 0)
            {
                return;
            }
            var start = index += next;
            while (index < text.Length && char.IsAsciiLetterOrDigit(text[index]))
            {
                index++;
            }
            var token = text[start..index];
            if (token.Length < 26 || scan.IsTaken(start))
            {
                continue;
            }
            if (IsWalletAddress(token))
            {
                scan.Add(ContactKind.Wallet, token[..6].ToString() + "…", obfuscated: false, start, index);
            }
            else if (token.ContainsAnyExcept(AsciiDigitChars))
            {
                // A hash or a tracking code: the digits inside it are no phone.
                scan.Take(start, index);
            }
        }
    }

    private const string AsciiDigitChars = "0123456789";
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    internal static bool IsWalletAddress(ReadOnlySpan<char> token)
    {
        // Ethereum and its chains: 0x and 40 hex digits.
        if (token.Length == 42 && token.StartsWith("0x") && !token[2..].ContainsAnyExcept("0123456789abcdef"))
        {
            return true;
        }
        var looksRandom = Count(token, char.IsAsciiDigit) >= 4 && Count(token, char.IsAsciiLetter) >= 8;
        return looksRandom && (
            (token.Length == 34 && token[0] == 't')                                       // Tron (TRC20)
            || (token.Length is >= 42 and <= 62 && token.StartsWith("bc1"))               // Bitcoin bech32
            || (token.Length is >= 26 and <= 35 && token[0] is '1' or '3' && !token.Contains('0')));  // Bitcoin base58 (no 0)
    }

    private static int Count(ReadOnlySpan<char> token, Func<char, bool> kind)
    {
        var count = 0;
        foreach (var c in token)
        {
            count += kind(c) ? 1 : 0;
        }
        return count;
    }
}
