using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.SpamLearning;

public sealed class SpamModelFunctions(SpamModelTrainer trainer, SpamModelCache models)
{
    [Function(nameof(RetrainSpamModel))]
    public async Task<IActionResult> RetrainSpamModel(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.RetrainSpamModel)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var result = await trainer.RetrainAsync(cancellationToken);
        return new JsonBodyResult(result).WithHeader("Cache-Control", "no-store");
    }

    // The model the queue function scores with now, not merely the newest stored one.
    [Function(nameof(GetSpamModel))]
    public async Task<IActionResult> GetSpamModel(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.SpamModel)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refused) = Access.Require(request, Roles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        return new JsonBodyResult((await models.GetAsync(cancellationToken)).Info).WithHeader("Cache-Control", "no-store");
    }
}
