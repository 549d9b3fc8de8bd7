using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using NewsFunctions.Http;
using NewsFunctions.Settings;

namespace NewsFunctions.Comments;

// Taking a reader's comment into the queue, for the API route and for the article page's own form.
// Only the fast checks a reader needs at once happen here, none costing a storage round trip when
// warm (settings and the site key are cached). Everything durable is checked again by the queue
// function.
public sealed class CommentSubmission(
    ICommentQueue queue,
    SubmissionGuard guard,
    ModerationSettingsCache settings,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<CommentSubmission> logger)
{
    // The comment is durably in the queue when Accepted is given; else Problem says why (a 400's
    // field errors are in its ProblemBody).
    public async Task<(CommentAccepted? Accepted, JsonBodyResult? Problem)> QueueAsync(
        string slug, CommentInput input, HttpRequest request, CancellationToken cancellationToken)
    {
        var (comment, errors) = CommentValidator.Validate(input);
        if (comment is null)
        {
            return (null, Problems.Validation(errors));
        }

        var hashers = await keys.GetHashersAsync(cancellationToken);
        var hasher = hashers.Current;
        var current = await settings.GetAsync(cancellationToken);
        var ipHash = ClientAddressHash.Of(request, hasher);
        var wait = guard.TryAdmit(hasher.Avatar(comment.Email), ipHash, current.Settings.FloodSeconds);
        if (wait > 0)
        {
            return (null, Problems.TooManyRequests(wait, "You are commenting too quickly. Wait a moment and send it again."));
        }

        var now = clock.GetUtcNow();
        var editToken = EditTokens.New();
        var message = new CommentMessage(CommentMessage.CurrentVersion, CommentIds.New(now), slug, comment.Author, comment.Email,
            comment.Content, comment.Website, comment.ParentId, comment.Honeypot, ipHash, now, hasher.EditToken(editToken),
            PreviousIpHash: hashers.Previous is { } previous ? ClientAddressHash.Of(request, previous) : null);
        await queue.SendAsync(message, cancellationToken);
        logger.LogInformation("Comment {CommentId} queued for {Slug}", message.Id, slug);
        return (new CommentAccepted(message.Id, "queued", editToken, now.AddSeconds(current.Settings.EditWindowSeconds)), null);
    }

    // A form body (a page without script), read with the same size limit as JSON.
    public static async Task<(CommentInput? Input, JsonBodyResult? Problem)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await RequestBody.ReadBytesAsync(request, CommentValidator.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes!);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problems.BadRequest("The form body is not valid UTF-8."));
        }

        var form = QueryHelpers.ParseQuery(text);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        return (new CommentInput(Field("author"), Field("email"), Field("content"), Field("website"), Field("parentId"), Field("hp")), null);
    }
}
