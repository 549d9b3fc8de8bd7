using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Http;

namespace NewsFunctions.Poison;

public sealed class PoisonFunctions(IPoisonQueue poison, ILogger<PoisonFunctions> logger)
{
    // One request moves at most this many; an admin with more presses again. It bounds how long a
    // request runs, and a flood of bad messages is better looked at than sent round again unseen.
    public const int MaxRedrive = 1000;

    [Function(nameof(ListPoison))]
    public async Task<IActionResult> ListPoison(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.Poison)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        return new JsonBodyResult(new PoisonPage(await poison.PeekAsync(cancellationToken))).WithHeader("Cache-Control", "no-store");
    }

    [Function(nameof(RedrivePoison))]
    public async Task<IActionResult> RedrivePoison(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.RedrivePoison)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (caller, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var moved = await poison.RedriveAsync(MaxRedrive, cancellationToken);
        logger.LogInformation("{Count} poison messages re-driven by {Admin}", moved, caller!.Name);
        return new JsonBodyResult(new RedriveResult(moved)).WithHeader("Cache-Control", "no-store");
    }
}
