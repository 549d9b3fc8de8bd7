using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Http;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;

namespace NewsFunctions.OwnComments;

// A poster editing or withdrawing their own comment with the editToken the 202 gave them. The
// token is read from its header only and never logged; a refusal says no more than 403 or 404.
public sealed class OwnCommentFunctions(
    ICommentStore comments,
    ICommentQueue queue,
    StatusChanger statuses,
    SubmissionGuard guard,
    ModerationSettingsCache settings,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<OwnCommentFunctions> logger)
{
    public const string AuthorActor = "author";

    [Function(nameof(EditComment))]
    public async Task<IActionResult> EditComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.ArticleComment)] HttpRequest request,
        string slug,
        string id,
        CancellationToken cancellationToken)
    {
        var (comment, hashers, refusal) = await AuthorsCommentAsync(request, slug, id, forEdit: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (input, problem) = await RequestBody.ReadJsonAsync<CommentEdit>(request, CommentValidator.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // The same rules as a new comment, with the stored fields around the new text.
        var (valid, errors) = CommentValidator.Validate(new CommentInput(comment!.Author, comment.Email, input!.Content, comment.Website, comment.ParentId, null));
        if (valid is null)
        {
            return Problems.Validation(errors);
        }

        if (guard.RefuseIfTooFast(comment.AvatarKey, ClientAddressHash.Of(request, hashers!.Current)) is { } tooFast)
        {
            return tooFast;
        }

        var now = clock.GetUtcNow();
        await queue.SendAsync(
            new CommentMessage(CommentMessage.CurrentVersion, id, slug, valid.Author, valid.Email, valid.Content, valid.Website, valid.ParentId,
                Hp: null, comment.IpHash, now, EditedAt: now),
            cancellationToken);
        logger.LogInformation("Edit of comment {CommentId} queued", id);
        return new JsonBodyResult(new EditAccepted(id, "queued"), StatusCodes.Status202Accepted);
    }

    [Function(nameof(WithdrawComment))]
    public async Task<IActionResult> WithdrawComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Routes.ArticleComment)] HttpRequest request,
        string slug,
        string id,
        CancellationToken cancellationToken)
    {
        var (comment, _, refusal) = await AuthorsCommentAsync(request, slug, id, forEdit: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // Conditional on the version just checked: a moderator acting in between wins, and the
        // reader is told to try again rather than withdrawing something they did not see.
        var (outcome, _) = await statuses.ChangeStatusAsync(
            id, CommentStatuses.Deleted, "withdrawn by its author", ETags.FromStorage(comment!.ETag), AuthorActor, cancellationToken);
        return outcome switch
        {
            ChangeOutcome.Changed => new JsonBodyResult(null, StatusCodes.Status204NoContent),
            ChangeOutcome.NotFound => Problems.NotFound("No comment has that id."),
            _ => Problems.Conflict("The comment changed just now. Try again."),
        };
    }

    private async Task<(StoredComment? Comment, SiteHashers? Hashers, JsonBodyResult? Refusal)> AuthorsCommentAsync(
        HttpRequest request, string slug, string id, bool forEdit, CancellationToken cancellationToken)
    {
        if (!CommentIds.IsValid(id) || !Articles.Slugs.IsValid(slug))
        {
            return (null, null, Problems.NotFound("No comment has that id."));
        }

        var comment = await comments.GetAsync(id, cancellationToken);
        var hashers = await keys.GetHashersAsync(cancellationToken);
        var window = (await settings.GetAsync(cancellationToken)).Settings.EditWindowSeconds;
        var outcome = AuthorAccess.Check(comment, slug, request.Headers[EditTokens.Header].ToString(), hashers, clock.GetUtcNow(), window, forEdit);
        JsonBodyResult? refusal = outcome switch
        {
            AuthorAccessOutcome.Allowed => null,
            AuthorAccessOutcome.NotFound => Problems.NotFound("No comment has that id."),
            AuthorAccessOutcome.WindowOver => Problems.Forbidden("The time to change this comment is over."),
            AuthorAccessOutcome.NotEditable => Problems.Forbidden("This comment can no longer be edited."),
            _ => Problems.Forbidden($"Send the comment's editToken in the {EditTokens.Header} header."),
        };
        return (comment, hashers, refusal);
    }
}
