using System.Text.Json;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

public static class CommentMessages
{
    public static string Serialize(CommentMessage message) => JsonSerializer.Serialize(message, ApiJson.Options);

    // A message that cannot be read throws, so the host retries it and then moves it to the poison
    // queue where a person can look at it; nothing is stored for it.
    public static CommentMessage Parse(string text)
    {
        CommentMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<CommentMessage>(text, ApiJson.Options);
        }
        catch (JsonException)
        {
            throw new FormatException("The comment message is not JSON of the expected shape.");
        }

        if (message is null || message.Version != CommentMessage.CurrentVersion)
        {
            throw new FormatException($"The comment message has no known schema version (expected {CommentMessage.CurrentVersion}).");
        }

        if (!CommentIds.IsValid(message.Id) || !Articles.Slugs.IsValid(message.ArticleSlug))
        {
            throw new FormatException("The comment message has no valid id or article slug.");
        }

        return message;
    }
}
