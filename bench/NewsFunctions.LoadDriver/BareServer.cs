using System.Net;
using Azure.Storage.Queues;

namespace NewsFunctions.LoadDriver;

// The baselines' server, inside the driver process: one endpoint that only reads the body and
// enqueues it (what a comment submission cannot do with less work), and one that returns fixed
// article bytes with an ETag (what an article GET cannot do with less work). No logging, no
// validation, no storage reads: the ceiling the local host is measured against.
public sealed class BareServer : IAsyncDisposable
{
    public const string PassthroughPath = "/bare/comments";
    public const string ArticlePath = "/bare/article";
    private const int MaxBodyBytes = 64 * 1024;

    private readonly WebApplication app;

    private BareServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareServer> StartAsync(QueueClient passthroughQueue, byte[] articleBytes, string articleETag, string cacheControl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        var app = builder.Build();

        app.MapPost(PassthroughPath, async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            await passthroughQueue.SendMessageAsync(body, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync("""{"id":"0","status":"queued"}""", context.RequestAborted);
        });

        app.MapGet(ArticlePath, async (HttpContext context) =>
        {
            context.Response.Headers.ETag = articleETag;
            context.Response.Headers.CacheControl = cacheControl;
            if (context.Request.Headers.IfNoneMatch == articleETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = articleBytes.Length;
            await context.Response.Body.WriteAsync(articleBytes, context.RequestAborted);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        return new BareServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
