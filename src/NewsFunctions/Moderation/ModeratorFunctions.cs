using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

public sealed class ModeratorFunctions(
    ICommentStore comments,
    ICommentQueue queue,
    IStatusCounter counter,
    StatusChanger moderation)
{
    // A hundred ids and ETags with room to spare.
    private const int MaxBulkBytes = 32 * 1024;

    [Function(nameof(ListModerationComments))]
    public async Task<IActionResult> ListModerationComments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ModerationComments)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Moderator);
        if (refused is not null)
        {
            return refused;
        }

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

    // Items are decided a few at a time: one request for the console, without a hundred comments'
    // storage writes either queuing behind each other or all hitting the account at once.
    [Function(nameof(BulkModerate))]
    public async Task<IActionResult> BulkModerate(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.BulkModeration)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (caller, input, problem) = await Access.ReadAsync<BulkInput>(request, Roles.Moderator, MaxBulkBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = BulkModeration.Validate(input!);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var action = input!.Action!;
        var items = input.Items!;
        var results = new BulkItemResult[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var (id, etag) = (items[i].Id!.Trim(), items[i].Etag!);
            if (!CommentIds.IsValid(id))
            {
                results[i] = new BulkItemResult(id, StatusCodes.Status404NotFound);
                return;
            }

            var (outcome, comment) = await moderation.ChangeStatusAsync(id, BulkModeration.StatusOf[action], action, etag, caller!.Name, token);
            results[i] = new BulkItemResult(id, BulkModeration.StatusCodeOf(outcome), outcome == ChangeOutcome.Changed ? ETags.FromStorage(comment!.ETag) : null);
        });
        return new JsonBodyResult(new BulkResults(results)).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(GetModerationStats))]
    public async Task<IActionResult> GetModerationStats(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ModerationStats)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Moderator);
        if (refused is not null)
        {
            return refused;
        }

        // The counters, not the comments: the same few reads however many comments the site holds.
        var read = counter.ReadAsync(cancellationToken);
        var (queued, poison) = await queue.CountAsync(cancellationToken);
        var (counts, reconciledAt) = await read;
        var stats = new ModerationStats(counts.Pending, counts.Approved, counts.Spam, counts.Rejected, counts.Deleted, queued, poison, reconciledAt);
        return new JsonBodyResult(stats).WithHeader("Cache-Control", "no-store");
    }

    // The role is checked before the id, so a caller without it learns nothing about which ids exist.
    private async Task<IActionResult> ChangeStatusAsync(HttpRequest request, string id, string status, string action, CancellationToken cancellationToken)
    {
        var (caller, refused) = Access.Require(request, Roles.Moderator);
        if (refused is not null)
        {
            return refused;
        }

        if (!CommentIds.IsValid(id))
        {
            return Problems.NotFound("No comment has that id.");
        }

        // These routes take no body, and older clients send { "moderator": ... }, which is ignored:
        // the name comes from the key. A body that is not JSON is still refused, as on every route.
        if (request.ContentLength is > 0 || (request.ContentLength is null && RequestBody.IsJson(request)))
        {
            var (_, malformed) = await RequestBody.ReadJsonAsync<System.Text.Json.Nodes.JsonNode>(request, 4 * 1024, cancellationToken);
            if (malformed is not null)
            {
                return malformed;
            }
        }

        var (outcome, comment) = await moderation.ChangeStatusAsync(id, status, action, request.Headers.IfMatch.ToString(), caller!.Name, cancellationToken);
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
}
