using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

public sealed class SpamModelFunctions(SpamModelTrainer trainer, ModerationSettingsCache settings)
{
    [Function(nameof(RetrainSpamModel))]
    public async Task<IActionResult> RetrainSpamModel(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.RetrainSpamModel)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var info = await trainer.RetrainAsync(cancellationToken);
        return new JsonBodyResult(new RetrainResult(info.TrainedOn!, info.Version, info.TrainedAt!.Value)).WithHeader("Cache-Control", "no-store");
    }

    // The model of the checker the queue function uses now, not merely the newest stored one.
    [Function(nameof(GetSpamModel))]
    public async Task<IActionResult> GetSpamModel(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.SpamModel)] HttpRequest request,
        CancellationToken cancellationToken)
        => new JsonBodyResult((await settings.GetAsync(cancellationToken)).Model).WithHeader("Cache-Control", "no-store");
}
