using System.Collections.Frozen;

namespace NewsFunctions.Spam;

internal enum ContactKind { Link, Shortener, Messenger, Email, Handle, Phone, ProfilePointer }

// Value: the domain for links (lower case, no "www.", punycode decoded), the handle with its @, the
// phone as found, the email's domain, the phrase for a profile pointer. Obfuscated: written so as to
// slip past a filter ("site dot com", hxxp, a phone in words). Trusted: a link to an allow-listed site.
internal sealed record FoundContact(ContactKind Kind, string Value, bool Obfuscated, bool Trusted);

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

    // What a word can start: a spelt-out digit, a platform name, a request to add, a phrase pointing
    // to a profile, or the "at" of a written-out email. The comment is read once, word by word; a
    // 4,096-bit filter on (first letter, last letter, length) turns most words away before the one
    // dictionary lookup. A multi-string search would do worse: over Arabic it runs a char at a time.
    [Flags]
    private enum Cue : byte { None = 0, Digit = 1, Platform = 2, AddMe = 4, Profile = 8, At = 16 }

    private static readonly FrozenDictionary<string, Cue> CueWordTable = BuildCueWords();
    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> CueWords =
        CueWordTable.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestCueWord = CueWordTable.Keys.Max(k => k.Length);
    private static readonly ulong[] CueFilter = BuildCueFilter();

    private static FrozenDictionary<string, Cue> BuildCueWords()
    {
        var words = new Dictionary<string, Cue>(StringComparer.Ordinal) { ["at"] = Cue.At, ["ات"] = Cue.At };
        foreach (var digit in ContactData.DigitWords.Dictionary.Keys)
        {
            words[digit] = words.GetValueOrDefault(digit) | Cue.Digit;
        }
        foreach (var (phrases, cue) in new[] { (ContactData.Platforms, Cue.Platform), (ContactData.AddMe, Cue.AddMe), (ContactData.ProfilePointers, Cue.Profile) })
        {
            foreach (var phrase in phrases.All)
            {
                var first = phrase.Split(' ')[0];
                words[first] = words.GetValueOrDefault(first) | cue;
            }
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ulong[] BuildCueFilter()
    {
        var filter = new ulong[64];
        foreach (var word in CueWordTable.Keys)
        {
            var bit = FilterBit(word);
            filter[bit >> 6] |= 1UL << bit;
        }
        return filter;
    }

    private static int FilterBit(ReadOnlySpan<char> word)
        => (int)((((uint)word[0] * 31) + word[^1]) * 2654435761u ^ (uint)word.Length * 40503u) >>> 20;

    private static bool MayBeCue(ReadOnlySpan<char> word)
    {
        var bit = FilterBit(word);
        return (CueFilter[bit >> 6] & (1UL << bit)) != 0;
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

    // "name at gmail dot com", "name [at] gmail [dot] com", "name آت gmail.com".
    private static int AddWrittenOutEmail(ref Scan scan, int at, int end)
    {
        var text = scan.Text;
        if (at < 2 || end >= text.Length)
        {
            return 0;
        }
        var open = text[at - 1];
        var close = text[end];
        // The bracketed forms are never prose; " at " between words often is.
        var bracketed = (open, close) is ('[', ']') or ('(', ')');
        if (!bracketed && (open, close) is not (' ', ' '))
        {
            return 0;
        }
        var localEnd = bracketed ? SkipSpacesBack(text, at - 1, 1) : at - 1;
        var localStart = localEnd;
        while (localStart > 0 && IsLocalChar(text[localStart - 1]))
        {
            localStart--;
        }
        var domainStart = SkipSpaces(text, end + (bracketed ? 1 : 0), 1);
        if (localEnd - localStart < 2 || !TryReadHost(text, domainStart, strong: bracketed, out var host))
        {
            return 0;
        }
        scan.Add(ContactKind.Email, host.Host, obfuscated: true, localStart, host.End);
        return host.End;
    }

    // "@name" on its own is a handle; "name@site.tld" an email, also with a spelt-out dot.
    private static void FindAtSigns(ref Scan scan)
    {
        var text = scan.Text;
        for (var at = text.IndexOf('@'); at >= 0; at = NextAt(text, at + 1))
        {
            if (scan.IsTaken(at))
            {
                continue;
            }
            var spaced = at >= 2 && text[at - 1] == ' ' && IsLocalChar(text[at - 2]) && at + 1 < text.Length && text[at + 1] == ' ';
            var localEnd = spaced ? at - 1 : at;
            var localStart = localEnd;
            while (localStart > 0 && IsLocalChar(text[localStart - 1]))
            {
                localStart--;
            }
            if (localStart < localEnd && TryReadHost(text, at + (spaced ? 2 : 1), strong: true, out var host))
            {
                scan.Add(ContactKind.Email, host.Host, host.Obfuscated || spaced, localStart, host.End);
                at = host.End - 1;
            }
            else if (localStart == localEnd && HandleEnd(text, at + 1) is var end and > 0)
            {
                scan.Add(ContactKind.Handle, text[at..end].ToString(), obfuscated: false, at, end);
            }
        }
    }

    private static int NextAt(ReadOnlySpan<char> text, int from)
    {
        var offset = from < text.Length ? text[from..].IndexOf('@') : -1;
        return offset < 0 ? -1 : from + offset;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';

    // The end of a handle starting at start, or 0: 2 to 30 handle characters with a letter among
    // them, a trailing full stop left to the sentence.
    private static int HandleEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var letters = false;
        while (end < text.Length && end - start <= 30 && IsHandleChar(text[end]))
        {
            letters |= char.IsAsciiLetter(text[end]);
            end++;
        }
        while (end > start && text[end - 1] == '.')
        {
            end--;
        }
        return letters && end - start >= 2 && end - start <= 30 ? end : 0;
    }

    // After a platform name: "insta: name", "سناب name", "tiktok name_22". A bare English word after an
    // English name ("on tiktok and") is prose, so it needs a colon or a handle-like digit or underscore;
    // a Latin word right after an Arabic name is a handle (lenient). Returns where scanning goes on.
    private static int AddHandleAfter(ref Scan scan, int position, bool lenient)
    {
        var text = scan.Text;
        var start = SkipSpaces(text, position, 2);
        var marked = false;
        if (start < text.Length && text[start] is ':' or '-' or '=' or '\uFF1A')
        {
            marked = true;
            start = SkipSpaces(text, start + 1, 2);
        }
        if (start >= text.Length || text[start] == '@' || scan.IsTaken(start))
        {
            // FindAtSigns, a link or another cue has it already.
            return position;
        }
        if (SpacedOutRun(text, start) is var (runEnd, collapsed) && collapsed.Length >= 4)
        {
            scan.Add(ContactKind.Handle, "@" + collapsed, obfuscated: true, start, runEnd);
            return runEnd;
        }
        var end = HandleEnd(text, start);
        if (end == 0 || (end < text.Length && CharKinds.IsLetter(text[end])))
        {
            return position;
        }
        var token = text[start..end];
        var handleLike = token.IndexOfAny('_', '.') >= 0 || token.IndexOfAny(AsciiDigits) >= 0;
        if (marked || lenient || handleLike)
        {
            scan.Add(ContactKind.Handle, "@" + token.ToString(), obfuscated: false, start, end);
            return end;
        }
        return position;
    }

    // "add me ahmed_99", "add me on snap: ahmed", "ضيفني a h m e d 9 9".
    private static int AddHandleAfterRequest(ref Scan scan, int position, bool lenient)
    {
        var text = scan.Text;
        var next = SkipSpaces(text, position, 2);
        foreach (var linker in (ReadOnlySpan<string>)["on ", "at ", "في ", "على ", "ع "])
        {
            if (text[next..].StartsWith(linker, StringComparison.Ordinal))
            {
                next = SkipSpaces(text, next + linker.Length, 2);
                break;
            }
        }
        if (next < text.Length && ContactData.Platforms.WholeAt(text, next) is { } platform)
        {
            next += platform.Length;
            lenient |= CharKinds.IsArabicLetter(platform[0]);
        }
        return AddHandleAfter(ref scan, next, lenient);
    }

    // Single characters with one space between them, at least three: "a h m e d 9 9". Returns the end
    // of the run and its characters put together, or null.
    private static (int End, string Collapsed)? SpacedOutRun(ReadOnlySpan<char> text, int start)
    {
        if (!IsSingle(text, start))
        {
            return null;
        }
        var end = start;
        var count = 1;
        while (end + 2 < text.Length && text[end + 1] == ' ' && IsSingle(text, end + 2))
        {
            end += 2;
            count++;
        }
        if (count < 3)
        {
            return null;
        }
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = text[start + (2 * i)];
        }
        return (end + 1, new string(chars));
    }

    // A character that stands alone between spaces (or the text's ends).
    private static bool IsSingle(ReadOnlySpan<char> text, int index)
        => index < text.Length && text[index] != ' ' && (index == 0 || text[index - 1] == ' ')
            && (index + 1 == text.Length || text[index + 1] == ' ');

    internal static bool StartsWord(ReadOnlySpan<char> text, int index)
        => index == 0 || !IsWordChar(text[index - 1])
            || (text[index - 1] is 'و' or 'ف' && (index == 1 || !IsWordChar(text[index - 2])));

    internal static bool EndsWord(ReadOnlySpan<char> text, int end) => end >= text.Length || !IsWordChar(text[end]);

    private static bool IsWordChar(char c) => char.IsAsciiDigit(c) || CharKinds.IsLetter(c);

    private static int SkipSpaces(ReadOnlySpan<char> text, int index, int most)
    {
        var end = Math.Min(text.Length, index + most);
        while (index < end && text[index] == ' ')
        {
            index++;
        }
        return index;
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int index, int most)
    {
        var start = Math.Max(0, index - most);
        while (index > start && text[index - 1] == ' ')
        {
            index--;
        }
        return index;
    }
}
