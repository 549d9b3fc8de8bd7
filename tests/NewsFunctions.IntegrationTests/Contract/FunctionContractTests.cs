using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsFunctions.DevHost;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Contract;

// Three descriptions of the HTTP surface must agree: functions.metadata (what the Worker SDK tells
// the Azure Functions host), the local host's catalog (what `dotnet run` serves) and the contract
// documents in this repository (docs/API.md and openapi.json). Any drift fails here; .ci/run
// compares docs/API.md with the team's shared contract when one lies beside the repository.
public partial class FunctionContractTests
{
    private static readonly IReadOnlyList<Endpoint> Metadata = ReadFunctionsMetadata();

    [Fact]
    public void FunctionsMetadata_EveryHttpFunction_IsServedIdenticallyByTheLocalHost()
    {
        var catalog = new FunctionCatalog(typeof(NewsBackendServiceCollectionExtensions).Assembly);
        var local = catalog.HttpFunctions
            .SelectMany(f => f.Methods.Select(m => new Endpoint(f.Name, m.ToUpperInvariant(), f.Route, f.Level.ToString())))
            .OrderBy(e => e.ToString())
            .ToList();

        Assert.NotEmpty(Metadata);
        Assert.Equal(Metadata.OrderBy(e => e.ToString()), local);
    }

    [Fact]
    public void FunctionsMetadata_QueueFunctions_AreBridgedByTheLocalHost()
    {
        var metadataQueueFunctions = ReadQueueFunctionNames();

        var bridged = QueueBridge.BridgedFunctionNames().ToHashSet();

        Assert.NotEmpty(metadataQueueFunctions);
        Assert.All(metadataQueueFunctions, name => Assert.Contains(name, bridged));
    }

    // The local host runs each timer on the schedule functions.metadata gives the Functions host.
    [Fact]
    public void FunctionsMetadata_TimerFunctions_RunOnTheSameScheduleInTheLocalHost()
    {
        var metadata = JsonNode.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata))!.AsArray()
            .SelectMany(f => f!["bindings"]!.AsArray().Where(b => (string?)b!["type"] == "timerTrigger").Select(b => ((string)f["name"]!, (string)b!["schedule"]!)))
            .Order()
            .ToList();

        var local = new FunctionCatalog(typeof(NewsBackendServiceCollectionExtensions).Assembly).TimerFunctions.Select(f => (f.Name, f.Schedule)).Order();

        Assert.NotEmpty(metadata);
        Assert.Equal(metadata, local);
    }

    // The worker is a Microsoft.NET.Sdk app (workstation GC); the local host is a web SDK app, which
    // would run the server GC unless told not to, and measure a process unlike the worker.
    [Fact]
    public void RuntimeConfig_LocalHost_RunsTheWorkersGarbageCollector()
    {
        static bool ServerGc(string dll)
        {
            var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(dll, ".runtimeconfig.json")))!;
            return config["runtimeOptions"]?["configProperties"]?["System.GC.Server"]?.GetValue<bool>() ?? false;
        }

        var worker = Path.Combine(Path.GetDirectoryName(RepositoryPaths.FunctionsMetadata)!, "NewsFunctions.dll");

        Assert.False(ServerGc(worker));
        Assert.Equal(ServerGc(worker), ServerGc(RepositoryPaths.DevHostDll));
    }

    [Fact]
    public void ApiMd_EveryRoute_HasAFunctionWithThatMethodAndAuthLevel()
    {
        var documented = ReadApiMdRoutes(Path.Combine(RepositoryPaths.Root, "docs", "API.md"));
        var served = Metadata.Select(e => (e.Method, Normalise(e.Route))).ToHashSet();

        Assert.NotEmpty(documented);
        Assert.All(documented, route => Assert.Contains((route.Method, Normalise(route.Route)), served));
        Assert.All(documented.Where(d => d.NeedsKey), route =>
            Assert.Contains(Metadata, e => e.Method == route.Method && Normalise(e.Route) == Normalise(route.Route) && e.AuthLevel == "Function"));
        Assert.All(documented.Where(d => !d.NeedsKey), route =>
            Assert.Contains(Metadata, e => e.Method == route.Method && Normalise(e.Route) == Normalise(route.Route) && e.AuthLevel == "Anonymous"));
    }

    // API.md and openapi.json describe the same routes: each route of API.md's tables is an OpenAPI
    // operation with that method, which asks for the function key exactly when API.md says "key".
    [Fact]
    public void ApiMd_EveryRoute_IsAnOpenApiOperationWithTheSameKeyRule()
    {
        var documented = ReadApiMdRoutes(Path.Combine(RepositoryPaths.Root, "docs", "API.md"));
        var operations = ReadOpenApiOperations();

        Assert.NotEmpty(documented);
        Assert.All(documented, route =>
        {
            Assert.True(operations.TryGetValue((route.Method, Normalise(route.Route)), out var needsKey), $"{route.Method} /api/{route.Route} is not in openapi.json.");
            Assert.Equal(route.NeedsKey, needsKey);
        });
    }

    // A route API.md gives a role to carries that role as x-role in openapi.json, and every protected
    // operation there names one of the roles, so a client can tell which key to use.
    [Fact]
    public void OpenApi_ProtectedOperations_NameTheRoleApiMdGives()
    {
        var openApi = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "NewsFunctions", "OpenApi", "openapi.json")))!["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Key: (m.Key.ToUpperInvariant(), Normalise(p.Key.TrimStart('/'))), Op: m.Value!)))
            .ToDictionary(x => x.Key, x => x.Op);
        var documented = ReadApiMdRoutes(Path.Combine(RepositoryPaths.Root, "docs", "API.md"));

        Assert.All(openApi.Values.Where(op => op["security"] is JsonArray { Count: > 0 }), op => Assert.Contains((string?)op["x-role"], NewsFunctions.Http.Roles.All));
        Assert.All(documented.Where(d => d.Role is not null), route => Assert.Equal(route.Role, (string?)openApi[(route.Method, Normalise(route.Route))]["x-role"]));
    }

    [Fact]
    public void OpenApi_PathsAndMethods_MatchTheFunctions()
    {
        var documented = ReadOpenApiOperations().Keys.OrderBy(x => x.ToString()).ToList();

        var served = Metadata.Select(e => (e.Method, Route: Normalise(e.Route))).Distinct().OrderBy(x => x.ToString()).ToList();

        Assert.Equal(served, documented);
    }

    private sealed record Endpoint(string Name, string Method, string Route, string AuthLevel);

    private sealed record DocumentedRoute(string Method, string Route, bool NeedsKey, string? Role = null);

    private static string Normalise(string route) => RouteParameter().Replace(route, "{}");

    // Each operation of openapi.json, and whether it asks for the function key.
    private static Dictionary<(string Method, string Route), bool> ReadOpenApiOperations()
        => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "NewsFunctions", "OpenApi", "openapi.json")))!["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Key: (m.Key.ToUpperInvariant(), Normalise(p.Key.TrimStart('/'))), NeedsKey: m.Value!["security"] is JsonArray { Count: > 0 })))
            .ToDictionary(x => x.Key, x => x.NeedsKey);

    private static List<Endpoint> ReadFunctionsMetadata()
    {
        var functions = JsonNode.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata))!.AsArray();
        return functions
            .SelectMany(f => f!["bindings"]!.AsArray()
                .Where(b => (string?)b!["type"] == "httpTrigger")
                .SelectMany(b => b!["methods"]!.AsArray().Select(m => new Endpoint(
                    (string)f["name"]!,
                    ((string)m!).ToUpperInvariant(),
                    (string)b!["route"]!,
                    (string)b["authLevel"]!))))
            .ToList();
    }

    private static List<string> ReadQueueFunctionNames()
        => JsonNode.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata))!.AsArray()
            .Where(f => f!["bindings"]!.AsArray().Any(b => (string?)b!["type"] == "queueTrigger"))
            .Select(f => (string)f!["name"]!)
            .ToList();

    // Reads the route tables of API.md: "| `GET /api/articles?...` | anyone | ..." and the
    // "(also `/reject`, `/spam`)" shorthand for sibling routes.
    private static List<DocumentedRoute> ReadApiMdRoutes(string path)
    {
        var routes = new List<DocumentedRoute>();
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // "key", or a role, which needs the key too.
            var needsKey = cells.Length > 2 && cells[2] is "key" or "moderator" or "editor" or "admin";
            var also = cells[1].Contains("(also", StringComparison.Ordinal) ? SiblingRoute().Matches(cells[1][cells[1].IndexOf("(also", StringComparison.Ordinal)..]) : null;
            foreach (Match route in DocumentedRouteText().Matches(cells[1]))
            {
                var method = route.Groups["method"].Value;
                var bare = route.Groups["path"].Value.Split('?')[0]["/api/".Length..];
                routes.Add(new DocumentedRoute(method, bare, needsKey, needsKey && cells[2] != "key" ? cells[2] : null));
                foreach (Match sibling in also ?? Enumerable.Empty<Match>())
                {
                    routes.Add(new DocumentedRoute(method, bare[..bare.LastIndexOf('/')] + sibling.Groups[1].Value, needsKey));
                }
            }
        }

        return routes;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"`(?<method>GET|PUT|POST|DELETE) (?<path>/api/[^`]+)`")]
    private static partial Regex DocumentedRouteText();

    [GeneratedRegex(@"`(/[a-z]+)`")]
    private static partial Regex SiblingRoute();
}
