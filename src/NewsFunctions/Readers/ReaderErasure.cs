using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Readers;

// What an erased comment keeps, without I/O: its id, article, place in a thread, text and history
// (the record of what moderators decided), and nothing that leads back to the reader. The avatar key
// goes too: it is a keyed hash of the email, so anyone holding the secret and the email could match it.
public static class ReaderErasure
{
    public const string AnonymousAuthor = "Anonymous";
    public const string EraseAction = "erased on the reader's request";

    public static StoredComment Anonymize(StoredComment comment)
        => comment with { Author = AnonymousAuthor, Email = "", AvatarKey = "", Website = null, IpHash = null, EditHash = null };

    public static (string? Email, Dictionary<string, string[]> Errors) ValidateEmail(string? email)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmed = FieldRules.Required(email, "email", CommentValidator.MaxEmailLength, errors);
        if (trimmed is not null && !CommentValidator.IsEmail(trimmed))
        {
            errors["email"] = ["email must be a valid address."];
        }

        return errors.Count > 0 ? (null, errors) : (trimmed, errors);
    }
}
