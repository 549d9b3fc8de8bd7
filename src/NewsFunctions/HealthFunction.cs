using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions;

public sealed class HealthFunction
{
    [Function(nameof(GetHealth))]
    public IActionResult GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => new OkObjectResult(new { status = "ok" });
}
