using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

public sealed class ModeratorFunctions(
    ICommentStore comments,
    ICommentQueue queue,
    StatusChanger moderation)
{
    public const int MaxModeratorNameLength = 100;

    // Set by App Service authentication in front of the app; a client cannot set it there.
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string DefaultModerator = "moderator";

    [Function(nameof(ListModerationComments))]
    public async Task<IActionResult> ListModerationComments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ModerationComments)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var status = request.Query["status"].ToString();
        status = status.Length == 0 ? CommentStatuses.Pending : status;
        if (!CommentStatuses.IsKnown(status))
        {
            return Problems.Validation("status", $"status must be one of: {string.Join(", ", CommentStatuses.All)}.");
        }

        var (page, problem) = CommentPaging.Read(request);
        if (problem is not null)
        {
            return problem;
        }

        var (items, lastKey) = await comments.ListByStatusAsync(status, page!.Limit, page.AfterRowKey, cancellationToken);
        var body = new ModeratedCommentPage(items.Select(ModeratedComment.From).ToList(), lastKey is null ? null : PageCursor.Encode(lastKey));
        return new JsonBodyResult(body).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(ApproveComment))]
    public Task<IActionResult> ApproveComment(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ApproveComment)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
        => ChangeStatusAsync(request, id, CommentStatuses.Approved, "approve", cancellationToken);

    [Function(nameof(RejectComment))]
    public Task<IActionResult> RejectComment(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.RejectComment)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
        => ChangeStatusAsync(request, id, CommentStatuses.Rejected, "reject", cancellationToken);

    [Function(nameof(MarkCommentSpam))]
    public Task<IActionResult> MarkCommentSpam(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.MarkCommentSpam)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
        => ChangeStatusAsync(request, id, CommentStatuses.Spam, "spam", cancellationToken);

    [Function(nameof(GetModerationStats))]
    public async Task<IActionResult> GetModerationStats(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ModerationStats)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var counts = await Task.WhenAll(CommentStatuses.All.Select(s => comments.CountAsync(s, cancellationToken)));
        var byStatus = CommentStatuses.All.Zip(counts).ToDictionary(x => x.First, x => x.Second);
        var (queued, poison) = await queue.CountAsync(cancellationToken);
        var stats = new ModerationStats(byStatus[CommentStatuses.Pending], byStatus[CommentStatuses.Approved],
            byStatus[CommentStatuses.Spam], byStatus[CommentStatuses.Rejected], byStatus[CommentStatuses.Deleted], queued, poison);
        return new JsonBodyResult(stats).WithHeader("Cache-Control", "no-store");
    }

    private async Task<IActionResult> ChangeStatusAsync(HttpRequest request, string id, string status, string action, CancellationToken cancellationToken)
    {
        if (!CommentIds.IsValid(id))
        {
            return Problems.NotFound("No comment has that id.");
        }

        var (by, problem) = await ModeratorOfAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (outcome, comment) = await moderation.ChangeStatusAsync(id, status, action, request.Headers.IfMatch.ToString(), by!, cancellationToken);
        if (outcome != ChangeOutcome.Changed)
        {
            return outcome switch
            {
                ChangeOutcome.NotFound => Problems.NotFound("No comment has that id."),
                ChangeOutcome.ParentNotApproved => Problems.Conflict("This is a reply to a comment that is not approved. Approve that one first."),
                _ => Problems.PreconditionFailed("The comment changed since you read it. Read it again and decide on the new version."),
            };
        }

        var changed = ModeratedComment.From(comment!);
        return new JsonBodyResult(changed).WithHeader("ETag", changed.Etag);
    }

    // Who acted: the authenticated principal when the platform provides one, else the optional
    // { "moderator": "..." } body, else a generic name. The body is optional, so an empty one is fine.
    private static async Task<(string? By, JsonBodyResult? Problem)> ModeratorOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var principal = request.Headers[PrincipalHeader].ToString().Trim();
        if (principal.Length > 0)
        {
            return (Clean(principal), null);
        }

        if (request.ContentLength is 0 || (request.ContentLength is null && !RequestBody.IsJson(request)))
        {
            return (DefaultModerator, null);
        }

        var (input, problem) = await RequestBody.ReadJsonAsync<ModeratorInput>(request, 4 * 1024, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var named = input!.Moderator?.Trim();
        if (named?.Length > MaxModeratorNameLength || named?.Any(char.IsControl) == true)
        {
            return (null, Problems.Validation("moderator", $"moderator may be at most {MaxModeratorNameLength} characters without control characters."));
        }

        return (string.IsNullOrEmpty(named) ? DefaultModerator : named, null);
    }

    private static string Clean(string name)
    {
        var kept = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return kept.Length <= MaxModeratorNameLength ? kept : kept[..MaxModeratorNameLength];
    }
}
