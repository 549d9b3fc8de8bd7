using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Http;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;

namespace NewsFunctions.Reports;

public sealed class ReportFunctions(
    ICommentStore comments,
    IReportStore reports,
    StatusChanger statuses,
    SubmissionGuard guard,
    ModerationSettingsCache settings,
    SiteKeys keys,
    TimeProvider clock,
    ILogger<ReportFunctions> logger)
{
    public const string ReadersActor = "readers";

    // Every answer to a report that could be read is the same 202, whether it counted, repeated an
    // earlier one or sent the comment back: a reporter learns nothing about the others.
    [Function(nameof(ReportComment))]
    public async Task<IActionResult> ReportComment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CommentReports)] HttpRequest request,
        string slug,
        string id,
        CancellationToken cancellationToken)
    {
        var comment = CommentIds.IsValid(id) ? await comments.GetAsync(id, cancellationToken) : null;
        if (comment is null || comment.ArticleSlug != slug || comment.Status is not (CommentStatuses.Approved or CommentStatuses.Pending))
        {
            return Problems.NotFound("No public comment has that id.");
        }

        var (input, problem) = await RequestBody.ReadJsonAsync<ReportInput>(request, ReportRules.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (reason, note, errors) = ReportRules.Validate(input!);
        if (reason is null)
        {
            return Problems.Validation(errors);
        }

        // Reports share the per-address budget of submissions: a script cannot report faster than it could post.
        var addresses = (await keys.GetHashersAsync(cancellationToken)).Candidates(h => ClientAddressHash.Of(request, h));
        if (guard.RefuseIfTooFast("report", addresses[0]) is { } tooFast)
        {
            return tooFast;
        }

        var reasons = await reports.RecordAsync(id, addresses, reason, note, clock.GetUtcNow(), cancellationToken);
        var threshold = (await settings.GetAsync(cancellationToken)).Settings.ReportThreshold;
        if (comment.Status == CommentStatuses.Approved && ReportRules.SendBackReason(reasons, comment.ReportCount, threshold) is { } why)
        {
            // Conditional on the version read above: of two reports that both reach the threshold,
            // one sends it back and the other finds it changed.
            var (outcome, _) = await statuses.ChangeStatusAsync(id, CommentStatuses.Pending, why, ETags.FromStorage(comment.ETag), ReadersActor,
                cancellationToken, alter: c => c with { Reasons = [why], ReportCount = reasons.Count });
            logger.LogInformation("Comment {CommentId} sent back to moderators: {Reason} ({Outcome})", id, why, outcome);
        }

        return new JsonBodyResult(null, StatusCodes.Status202Accepted);
    }
}
