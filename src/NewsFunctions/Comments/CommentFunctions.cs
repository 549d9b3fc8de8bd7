using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Http;
using NewsFunctions.Settings;

namespace NewsFunctions.Comments;

public sealed class CommentFunctions(
    IArticleStore articles,
    ICommentStore comments,
    ICommentQueue queue,
    SubmissionGuard guard,
    ModerationSettingsCache settings,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<CommentFunctions> logger)
{
    // Only the fast checks a reader needs at once happen here, none costing a storage round trip
    // when warm (article state, settings and the site key are cached). Everything durable is checked
    // again by the queue function.
    [Function(nameof(PostComment))]
    public async Task<IActionResult> PostComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ArticleComments)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var article = Slugs.IsValid(slug) ? ArticleState.Of(await articles.GetAsync(slug, cancellationToken)) : ArticleState.Missing;
        if (!article.Exists)
        {
            return Problems.NotFound("No article has that slug.");
        }

        if (!article.CommentsOpen)
        {
            return Problems.Forbidden("Comments are closed on this article.");
        }

        var isForm = RequestBody.IsForm(request);
        var (input, problem) = isForm
            ? await ReadFormAsync(request, cancellationToken)
            : await RequestBody.ReadJsonAsync<CommentInput>(request, CommentValidator.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (comment, errors) = CommentValidator.Validate(input!);
        if (comment is null)
        {
            return Problems.Validation(errors);
        }

        var hasher = await keys.GetHasherAsync(cancellationToken);
        var current = await settings.GetAsync(cancellationToken);
        var ipHash = hasher.ClientAddress(ClientAddress.Of(request));
        var wait = guard.TryAdmit(hasher.Avatar(comment.Email), ipHash, current.Settings.FloodSeconds);
        if (wait > 0)
        {
            return Problems.TooManyRequests(wait, "You are commenting too quickly. Wait a moment and send it again.");
        }

        var now = clock.GetUtcNow();
        var message = new CommentMessage(CommentMessage.CurrentVersion, CommentIds.New(now), slug, comment.Author, comment.Email,
            comment.Content, comment.Website, comment.ParentId, comment.Honeypot, ipHash, now);
        await queue.SendAsync(message, cancellationToken);
        logger.LogInformation("Comment {CommentId} queued for {Slug}", message.Id, slug);

        return isForm
            ? new JsonBodyResult(null, StatusCodes.Status303SeeOther).WithHeader("Location", Routes.Path(Routes.ArticlePage, slug))
            : new JsonBodyResult(new CommentAccepted(message.Id, "queued"), StatusCodes.Status202Accepted);
    }

    [Function(nameof(ListComments))]
    public async Task<IActionResult> ListComments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ArticleComments)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug) || await articles.GetAsync(slug, cancellationToken) is null)
        {
            return Problems.NotFound("No article has that slug.");
        }

        var (page, problem) = CommentPaging.Read(request);
        if (problem is not null)
        {
            return problem;
        }

        var (items, lastKey) = await comments.ListApprovedAsync(slug, page!.Limit, page.AfterRowKey, cancellationToken);
        var body = new PublicCommentPage(items.Select(c => c.AsPublic()).ToList(), lastKey is null ? null : PageCursor.Encode(lastKey));
        return new JsonBodyResult(body).WithHeader("Cache-Control", "public, max-age=5");
    }

    private static async Task<(CommentInput? Input, JsonBodyResult? Problem)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
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
