using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

public sealed class AssetFunctions
{
    // Embedding sites fetch the widget on every article view: five minutes in caches, then a cheap
    // revalidation, so a fix reaches readers quickly without every view costing a full download.
    public const string AssetCacheControl = "public, max-age=300, stale-while-revalidate=3600";

    [Function(nameof(GetWidgetScript))]
    public IActionResult GetWidgetScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.WidgetScript)] HttpRequest request)
        => new StaticAssetResult(StaticAssets.Get("widget.js"), AssetCacheControl);

    [Function(nameof(GetWidgetStyles))]
    public IActionResult GetWidgetStyles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.WidgetStyles)] HttpRequest request)
        => new StaticAssetResult(StaticAssets.Get("widget.css"), AssetCacheControl);

    // The pages' own scripts and styles. Only embedded assets are served: the name is a dictionary
    // key, never a path, so nothing outside them can be asked for.
    [Function(nameof(GetPageAsset))]
    public IActionResult GetPageAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PageAsset)] HttpRequest request,
        string name)
        => StaticAssets.TryGet(name, out var asset) && !name.EndsWith(".html", StringComparison.Ordinal)
            ? new StaticAssetResult(asset, AssetCacheControl)
            : Problems.NotFound("No such asset.");
}
