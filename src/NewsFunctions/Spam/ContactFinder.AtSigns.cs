using static NewsFunctions.Spam.TextSpans;
using static NewsFunctions.Spam.HostReader;
using static NewsFunctions.Spam.PhoneShapes;

namespace NewsFunctions.Spam;

// Emails and handles: an @ (or a written-out "at") with a local part or a name after it.
internal static partial class ContactFinder
{
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
                // "@sfda.gov.sa": an official body's account, named after its trusted domain.
                var name = text[(at + 1)..end];
                scan.Add(ContactKind.Handle, text[at..end].ToString(), obfuscated: false, at, end,
                    trusted: name.Contains('.') && HostKinds.IsTrusted(name));
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
}
