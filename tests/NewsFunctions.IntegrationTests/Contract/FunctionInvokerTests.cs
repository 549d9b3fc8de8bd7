using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using NewsFunctions.DevHost;

namespace NewsFunctions.IntegrationTests.Contract;

// The local host works out each HTTP function's binding once, when it maps the route, so a binding
// it cannot make must stop it at start, and a bound call must still get what each parameter asks for.
public class FunctionInvokerTests
{
    [Fact]
    public void ForHttp_EveryFunctionOfTheApp_IsBoundWhenMapped()
    {
        var catalog = new FunctionCatalog(typeof(NewsBackendServiceCollectionExtensions).Assembly);

        var invokers = catalog.HttpFunctions.Select(FunctionInvoker.ForHttp).ToList();

        Assert.NotEmpty(invokers);
    }

    [Fact]
    public void ForHttp_ParameterItCannotBind_ThrowsWhenMappedNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionInvoker.ForHttp(Descriptor(nameof(Sample.Unbindable))));

        Assert.Contains("'count'", error.Message);
    }

    [Fact]
    public async Task ForHttp_AsyncFunction_GetsItsRouteValueRequestAndToken()
    {
        var context = Context(slug: "news");
        using var aborted = new CancellationTokenSource();
        context.RequestAborted = aborted.Token;

        var result = await FunctionInvoker.ForHttp(Descriptor(nameof(Sample.Echo)))(context);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal("news GET True", content.Content);
    }

    [Fact]
    public async Task ForHttp_SynchronousFunction_ReturnsItsResult()
    {
        var result = await FunctionInvoker.ForHttp(Descriptor(nameof(Sample.Plain)))(Context(slug: null));

        Assert.Equal(204, Assert.IsType<StatusCodeResult>(result).StatusCode);
    }

    [Fact]
    public async Task ForHttp_EachCall_GetsANewInstanceOfTheClass()
    {
        var invoke = FunctionInvoker.ForHttp(Descriptor(nameof(Sample.Instance)));

        var first = (ContentResult)await invoke(Context(slug: null));
        var second = (ContentResult)await invoke(Context(slug: null));

        Assert.NotEqual(first.Content, second.Content);
    }

    private static HttpFunctionDescriptor Descriptor(string method)
        => new(method, typeof(Sample).GetMethod(method)!, "sample/{slug}", ["GET"], AuthorizationLevel.Anonymous);

    private static DefaultHttpContext Context(string? slug)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.Method = "GET";
        if (slug is not null)
        {
            context.Request.RouteValues["slug"] = slug;
        }

        return context;
    }

    public sealed class Sample
    {
        private readonly Guid id = Guid.NewGuid();

        public async Task<IActionResult> Echo(HttpRequest request, string slug, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return new ContentResult { Content = $"{slug} {request.Method} {cancellationToken.CanBeCanceled}" };
        }

        public IActionResult Plain(HttpRequest request) => new StatusCodeResult(204);

        public IActionResult Instance(HttpRequest request) => new ContentResult { Content = id.ToString() };

        public IActionResult Unbindable(HttpRequest request, int count) => new StatusCodeResult(200 + count);
    }
}
