using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Bans;

// Moderators ban a reader by one of their comments: the comment holds the keyed hashes of the
// reader's email and address, so the moderator never needs to see or type either.
public sealed class BanFunctions(IBanStore bans, ICommentStore comments, TimeProvider clock, ILogger<BanFunctions> logger)
{
    private const int MaxBanBytes = 8 * 1024;

    [Function(nameof(CreateBan))]
    public async Task<IActionResult> CreateBan(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.Bans)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (caller, input, problem) = await Access.ReadAsync<BanInput>(request, Roles.Moderator, MaxBanBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (valid, errors) = BanRules.Validate(input!);
        if (valid is null)
        {
            return Problems.Validation(errors);
        }

        var comment = CommentIds.IsValid(valid.CommentId) ? await comments.GetAsync(valid.CommentId, cancellationToken) : null;
        if (comment is null)
        {
            return Problems.Validation("commentId", "No comment has that id.");
        }

        // An erased comment keeps no key of its author: there is nobody left to ban by it.
        if (comment.AvatarKey.Length == 0)
        {
            return Problems.Validation("commentId", "This comment's author was erased.");
        }

        var now = clock.GetUtcNow();
        var ban = new Ban(Guid.CreateVersion7(now).ToString("N"), now, now.AddDays(valid.Days), valid.Reason, caller!.Name, comment.Author);
        await bans.AddAsync(new StoredBan(ban, comment.AvatarKey, comment.IpHash), cancellationToken);
        logger.LogInformation("Ban {BanId} by {Moderator} for {Days} days, from comment {CommentId}", ban.Id, ban.By, valid.Days, comment.Id);
        return new JsonBodyResult(ban, StatusCodes.Status201Created).WithHeader("Location", Routes.Path(Routes.Ban.Replace("{id}", ban.Id, StringComparison.Ordinal)));
    }

    [Function(nameof(ListBans))]
    public async Task<IActionResult> ListBans(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.Bans)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Moderator);
        if (refused is not null)
        {
            return refused;
        }

        var items = await bans.ListActiveAsync(clock.GetUtcNow(), cancellationToken);
        return new JsonBodyResult(new BanPage(items)).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(LiftBan))]
    public async Task<IActionResult> LiftBan(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Routes.Ban)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (caller, refused) = Access.Require(request, Roles.Moderator);
        if (refused is not null)
        {
            return refused;
        }

        if (!BanRules.IsBanId(id) || !await bans.LiftAsync(id, cancellationToken))
        {
            return Problems.NotFound("No ban has that id.");
        }

        logger.LogInformation("Ban {BanId} lifted by {Moderator}", id, caller!.Name);
        return new StatusCodeResult(StatusCodes.Status204NoContent);
    }
}
