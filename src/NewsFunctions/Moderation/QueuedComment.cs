using NewsFunctions.Comments;

namespace NewsFunctions.Moderation;

// A queue message read as far as it can be without I/O: the comment when it passes the submission
// rules (else the errors), and the address hash and time it is keyed by.
public sealed record QueuedComment(
    CommentMessage Message,
    ValidComment? Valid,
    IReadOnlyDictionary<string, string[]> Errors,
    string? IpHash,
    DateTimeOffset SubmittedAt,
    string? PreviousIpHash = null)
{
    public static QueuedComment Read(CommentMessage message, DateTimeOffset arrivedAt)
    {
        var input = new CommentInput(message.Author, message.Email, message.Content, message.Website, message.ParentId, message.Hp);
        var (valid, errors) = CommentValidator.Validate(input);

        // A message can come from anywhere: its address hash becomes a table key only if it has the
        // shape SiteHasher gives, and a missing time is the time it arrived.
        var submittedAt = message.SubmittedAt == default ? arrivedAt : message.SubmittedAt.ToUniversalTime();
        return new QueuedComment(message, valid, errors, KeyShaped(message.IpHash), submittedAt, KeyShaped(message.PreviousIpHash));
    }

    private static string? KeyShaped(string? hash) => hash is { Length: 32 } && hash.All(char.IsAsciiHexDigitLower) ? hash : null;
}
