using System.Collections.Frozen;
using static NewsFunctions.Spam.TextSpans;
using static NewsFunctions.Spam.ContactCueWords;

namespace NewsFunctions.Spam;

// Every way a comment leaves a way to reach someone elsewhere. Each form has an anchor (a dot or a
// spelt-out dot, an @, a digit, a cue word): the first three are found by vectorised IndexOf calls,
// cue words by one filtered pass over the words. Nothing is allocated until something is found.
internal static partial class ContactFinder
{
    // original: the comment as written; normalized: TextNormalizer.ForMatching(original).
    public static List<FoundContact> Find(string original, string normalized)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<FoundContact>();
        var scan = new Scan(normalized, found, forceObfuscated: false);
        // Links go first so that the "@name" in "tiktok.com/@name" stays part of its link.
        FindHosts(ref scan);
        FindAtSigns(ref scan);
        // Before phones: the digits of a wallet address are no phone split by letters.
        FindWallets(ref scan);
        FindCueWords(ref scan);
        FindPhones(ref scan, original);
        return found;
    }

    // What one pass has found so far, and where, so that a later pass does not report the same
    // characters again (the domain of an email is not a link of its own).
    private ref struct Scan(ReadOnlySpan<char> text, List<FoundContact> found, bool forceObfuscated)
    {
        public readonly ReadOnlySpan<char> Text = text;
        public readonly List<FoundContact> Found = found;
        // Set when Text is a spaced-out run put back together: all it holds was written to dodge.
        public readonly bool ForceObfuscated = forceObfuscated;
        private List<(int Start, int End)>? _taken;

        public void Add(ContactKind kind, string value, bool obfuscated, int start, int end, bool trusted = false)
        {
            Found.Add(new FoundContact(kind, value, obfuscated || ForceObfuscated, trusted));
            (_taken ??= []).Add((start, end));
        }

        public void Add(FoundContact contact, int start, int end)
        {
            Found.Add(ForceObfuscated ? contact with { Obfuscated = true } : contact);
            (_taken ??= []).Add((start, end));
        }

        public void Take(int start, int end) => (_taken ??= []).Add((start, end));

        public readonly bool IsTaken(int index)
        {
            if (_taken is null)
            {
                return false;
            }
            foreach (var (start, end) in _taken)
            {
                if (index >= start && index < end)
                {
                    return true;
                }
            }
            return false;
        }
    }

    private static void FindCueWords(ref Scan scan)
    {
        var text = scan.Text;
        var index = 0;
        while (index < text.Length)
        {
            while (index < text.Length && !IsWordChar(text[index]))
            {
                index++;
            }
            var start = index;
            while (index < text.Length && IsWordChar(text[index]))
            {
                index++;
            }
            var word = text[start..index];
            if (word.Length < 2 || word.Length > LongestCueWord + 1)
            {
                continue;
            }
            var at = start;
            if (!MayBeCue(word) || !CueWords.TryGetValue(word, out var cue))
            {
                // An Arabic "و" or "ف" in front: "وراسلني خاص", "وخمسه".
                if (word[0] is not ('و' or 'ف') || word.Length < 3 || !MayBeCue(word[1..]) || !CueWords.TryGetValue(word[1..], out cue))
                {
                    continue;
                }
                at++;
            }
            if (!scan.IsTaken(at))
            {
                index = Math.Max(index, OnCue(ref scan, cue, start, at, index));
            }
        }
    }

    // Returns where the word scan goes on: past what was found, or 0 to go on after the word.
    private static int OnCue(ref Scan scan, Cue cue, int wordStart, int at, int wordEnd)
    {
        var text = scan.Text;
        if ((cue & Cue.Profile) != 0 && ContactData.ProfilePointers.WholeAt(text, at) is { } phrase)
        {
            scan.Add(ContactKind.ProfilePointer, phrase, obfuscated: false, at, at + phrase.Length);
            return at + phrase.Length;
        }
        if ((cue & Cue.AddMe) != 0 && ContactData.AddMe.WholeAt(text, at) is { } request)
        {
            return AddHandleAfterRequest(ref scan, at + request.Length, lenient: CharKinds.IsArabicLetter(request[0]));
        }
        if ((cue & Cue.Platform) != 0 && ContactData.Platforms.WholeAt(text, at) is { } platform)
        {
            return AddHandleAfter(ref scan, at + platform.Length, lenient: CharKinds.IsArabicLetter(platform[0]));
        }
        if ((cue & Cue.At) != 0 && at == wordStart)
        {
            return AddWrittenOutEmail(ref scan, at, wordEnd);
        }
        return (cue & Cue.Digit) != 0 ? AddPhoneInWords(ref scan, wordStart) : 0;
    }
}
