using System.Net.Mail;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

// The submission rules of API.md. The web function runs them for a quick answer and the queue
// function runs them again, because a queue message can come from anywhere.
public static class CommentValidator
{
    public const int MaxAuthorLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxWebsiteLength = 200;
    public const int MaxContentLength = 10_000;
    public const int MaxHoneypotLength = 1_000;

    // 10,000 characters of content may arrive as \uXXXX escapes (six bytes each) plus the other
    // fields: 64 KiB bounds what one reader can make us buffer.
    public const int MaxRequestBytes = 64 * 1024;

    // Messages never echo the value sent: a rejected email must not come back in a problem body.
    public static (ValidComment? Comment, Dictionary<string, string[]> Errors) Validate(CommentInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var author = FieldRules.Required(input.Author, "author", MaxAuthorLength, errors);
        var email = FieldRules.Required(input.Email, "email", MaxEmailLength, errors);
        var content = RequiredContent(input.Content, errors);
        var website = NormaliseWebsite(input.Website, errors);

        if (email is not null && !IsEmail(email))
        {
            errors["email"] = ["email must be a valid address such as name@example.com."];
        }

        var parentId = string.IsNullOrWhiteSpace(input.ParentId) ? null : input.ParentId.Trim();
        if (parentId is not null && !CommentIds.IsValid(parentId))
        {
            errors["parentId"] = ["parentId is not the id of a comment."];
        }

        var honeypot = string.IsNullOrEmpty(input.Hp) ? null : input.Hp;
        if (honeypot?.Length > MaxHoneypotLength)
        {
            errors["hp"] = [$"hp may be at most {MaxHoneypotLength} characters."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidComment(author!, email!, content!, website, parentId, honeypot), errors);
    }

    public static bool IsEmail(string email)
    {
        if (email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || email.Count(c => c == '@') != 1)
        {
            return false;
        }

        // MailAddress accepts display names and comments; requiring its Address to be the whole input
        // keeps only a bare addr-spec. The domain needs a dot: "a@b" is not a reachable address.
        return MailAddress.TryCreate(email, out var parsed)
            && parsed.Address == email
            && parsed.Host.Contains('.')
            && !parsed.Host.StartsWith('.')
            && !parsed.Host.EndsWith('.');
    }

    // A bare host is taken as https://host; http and https are kept; any other scheme is refused
    // rather than guessed at, since a javascript: link would be shown to every reader.
    internal static string? NormaliseWebsite(string? website, Dictionary<string, string[]> errors)
    {
        var trimmed = website?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > MaxWebsiteLength)
        {
            errors["website"] = [$"website may be at most {MaxWebsiteLength} characters."];
            return null;
        }

        var candidate = trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains(':', StringComparison.Ordinal) && !LooksLikeHostAndPort(trimmed)
            ? trimmed
            : "https://" + trimmed;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(uri.Host)
            || !uri.Host.Contains('.')
            || candidate.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors["website"] = ["website must be an http or https address such as https://example.com."];
            return null;
        }

        if (candidate.Length > MaxWebsiteLength)
        {
            errors["website"] = [$"website may be at most {MaxWebsiteLength} characters."];
            return null;
        }

        return candidate;
    }

    // "example.com:8080/x" is a host with a port, not a URL with the scheme "example.com".
    private static bool LooksLikeHostAndPort(string text)
    {
        var colon = text.IndexOf(':');
        var rest = text[(colon + 1)..];
        var digits = rest.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && (digits == rest.Length || rest[digits] == '/') && text[..colon].Contains('.');
    }

    // Content keeps its line breaks and tabs; other control characters are refused.
    private static string? RequiredContent(string? value, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors["content"] = ["content is required."];
            return null;
        }

        if (trimmed.Length > MaxContentLength)
        {
            errors["content"] = [$"content may be at most {MaxContentLength:N0} characters."];
            return null;
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["content"] = ["content may not contain control characters other than line breaks and tabs."];
            return null;
        }

        return trimmed;
    }
}
