using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.OpenApi;

// Serves the contract as OpenAPI 3. The document is a hand-kept file beside this class; a contract
// test fails when it and the functions' own routes disagree.
public sealed class OpenApiFunction
{
    private static readonly Lazy<byte[]> Document = new(() => EmbeddedResources.ReadAllBytes("NewsFunctions.OpenApi.openapi.json"));

    [Function(nameof(GetOpenApi))]
    public IActionResult GetOpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OpenApi)] HttpRequest request)
        => new BytesResult(Document.Value, JsonBodyResult.JsonContentType).WithHeader("Cache-Control", "public, max-age=300");
}
