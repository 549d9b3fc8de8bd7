using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions;

public sealed class HealthFunction(TableServiceClient tables)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            // The cheapest call that proves the account answers: list at most one table.
            await tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages().FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex))
        {
            return Problems.ServiceUnavailable();
        }

        return new JsonBodyResult(new { status = "ok" }).WithHeader("Cache-Control", "no-store");
    }
}
