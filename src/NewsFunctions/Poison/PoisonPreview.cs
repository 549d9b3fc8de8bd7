using System.Text.RegularExpressions;
using NewsFunctions.Comments;

namespace NewsFunctions.Poison;

public sealed record PoisonMessage(string Id, DateTimeOffset? InsertedAt, long DequeueCount, string Preview);

public sealed record PoisonPage(IReadOnlyList<PoisonMessage> Items);

public sealed record RedriveResult(int Redriven);

// What an admin sees of a failed message, without I/O: enough to tell a bug from an attack (article,
// author, the start of the text), never the email. The message's email field is left out, and any
// address-like text in what is shown is masked, since a reader may type one into the comment.
public static partial class PoisonPreview
{
    public const int MaxContentLength = 120;
    public const string MaskedEmail = "[email]";

    public static string Of(string body)
    {
        CommentMessage message;
        try
        {
            message = CommentMessages.Parse(body);
        }
        catch (FormatException)
        {
            return Mask($"unreadable message ({body.Length} characters): {Clip(body)}");
        }

        return Mask($"{message.ArticleSlug} · {message.Author}: {Clip(message.Content ?? "")}");
    }

    private static string Clip(string text)
    {
        var flat = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return flat.Length <= MaxContentLength ? flat : flat[..MaxContentLength] + "…";
    }

    // Broader than a valid address on purpose: masking a little too much costs nothing here.
    private static string Mask(string text) => EmailLike().Replace(text, MaskedEmail);

    [GeneratedRegex(@"[^\s""'<>(),;:\[\]]+@[^\s""'<>(),;:\[\]]+")]
    private static partial Regex EmailLike();
}
