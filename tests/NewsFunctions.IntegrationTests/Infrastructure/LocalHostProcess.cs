using System.Net.Http.Headers;

namespace NewsFunctions.IntegrationTests.Infrastructure;

// The local host started exactly as API.md says external tests start it: its own process, its own
// port, the storage connection in AzureWebJobsStorage and the key in DevHost__FunctionKey.
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private ChildProcess? process;

    private LocalHostProcess(string storageConnectionString, IReadOnlyDictionary<string, string>? settings)
    {
        Port = FreePorts.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["DevHost__FunctionKey"] = FunctionKey,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__NewsFunctions"] = "Information",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
    }

    public string FunctionKey { get; } = "test-key-" + Guid.NewGuid().ToString("N");

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output => process?.Output ?? "";

    // The operating-system id of the running host, for reading its memory under load.
    public int? ProcessId => process is { HasExited: false } ? process.Id : null;

    public static async Task<LocalHostProcess> StartAsync(string storageConnectionString, IReadOnlyDictionary<string, string>? settings = null, bool waitUntilHealthy = true)
    {
        var host = new LocalHostProcess(storageConnectionString, settings);
        await host.StartAgainAsync(waitUntilHealthy);
        return host;
    }

    public async Task StartAgainAsync(bool waitUntilHealthy = true)
    {
        if (!File.Exists(RepositoryPaths.DevHostDll))
        {
            throw new InvalidOperationException($"The local host is not built at {RepositoryPaths.DevHostDll}.");
        }

        process = new ChildProcess("dotnet", [RepositoryPaths.DevHostDll, "--urls", BaseAddress.ToString()], environment,
            workingDirectory: Path.GetDirectoryName(RepositoryPaths.DevHostDll));
        await FreePorts.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(60), () => process.HasExited);
        if (waitUntilHealthy)
        {
            await WaitForHealthAsync(TimeSpan.FromSeconds(60));
            await WaitUntilStorageIsReadyAsync(TimeSpan.FromSeconds(30));
        }
    }

    public void Kill() => process?.Kill();

    // `from` is the loopback address the client connects from (all of 127/8 is this machine), so
    // tests can act as several readers with their own addresses.
    public HttpClient CreateClient(bool withKey = false, string? from = null)
    {
        var handler = new SocketsHttpHandler();
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                socket.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(from), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            };
        }

        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (withKey)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public ValueTask DisposeAsync()
    {
        process?.Dispose();
        return ValueTask.CompletedTask;
    }

    // Health answers once the table service does; the tables are created just after, in the
    // background, and until then the routes that use them answer 503.
    private async Task WaitUntilStorageIsReadyAsync(TimeSpan timeout)
    {
        using var client = CreateClient(withKey: true);
        foreach (var path in new[] { "/api/articles?limit=1", "/api/moderation/settings" })
        {
            await Poll.UntilAsync(
                async () =>
                {
                    using var response = await client.GetAsync(path);
                    return response.StatusCode;
                },
                status => status != System.Net.HttpStatusCode.ServiceUnavailable,
                timeout,
                $"{path} to answer without 503",
                explain: _ => Output);
        }
    }

    public async Task WaitForHealthAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await client.GetAsync("/api/health");
                return response.IsSuccessStatusCode;
            },
            healthy => healthy,
            timeout,
            "the local host to become healthy",
            notYet: ex => ex is HttpRequestException,
            explain: _ => Output);
    }
}
