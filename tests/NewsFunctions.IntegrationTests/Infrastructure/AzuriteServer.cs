namespace NewsFunctions.IntegrationTests.Infrastructure;

// A real Azurite from the repo's pinned npm package, in memory, on free ports: each test run (and
// each fixture that needs isolation) gets its own emulator and nothing persists between runs.
public sealed class AzuriteServer : IAsyncDisposable
{
    // Azurite's well-known development account; it is public and only ever used against the emulator.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string location = Directory.CreateTempSubdirectory("azurite-").FullName;
    private ChildProcess? process;

    private readonly bool inMemory;
    private readonly string? debugLog;

    private AzuriteServer(bool inMemory, string? debugLog)
    {
        this.inMemory = inMemory;
        this.debugLog = debugLog ?? (Environment.GetEnvironmentVariable("AZURITE_DEBUG_LOG") is { Length: > 0 } log ? log : null);
        BlobPort = FreePorts.Next();
        QueuePort = FreePorts.Next();
        TablePort = FreePorts.Next();
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    // inMemory: false keeps data on disk in a temporary folder, for tests that stop and restart
    // Azurite and expect what was stored to survive. debugLog (or AZURITE_DEBUG_LOG) names a file
    // where Azurite logs every request it serves, for counting storage requests.
    public static async Task<AzuriteServer> StartAsync(bool inMemory = true, string? debugLog = null)
    {
        var server = new AzuriteServer(inMemory, debugLog);
        await server.StartAgainAsync();
        return server;
    }

    // Restarting on the same ports lets fault tests take storage away and give it back.
    public async Task StartAgainAsync()
    {
        if (!File.Exists(RepositoryPaths.Azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {RepositoryPaths.Azurite}: run 'npm ci' in the repository root.");
        }

        // Azurite refuses --location together with --inMemoryPersistence.
        string[] persistence = inMemory ? ["--inMemoryPersistence"] : ["--location", location];

        string[] logging = debugLog is null ? [] : ["--debug", debugLog];
        process = new ChildProcess(RepositoryPaths.Azurite,
        [
            "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            .. persistence,
            .. logging,
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
        ]);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            try
            {
                await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30), () => process.HasExited);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                throw new InvalidOperationException($"Azurite did not start: {process.Output}", ex);
            }
        }
    }

    public void Stop() => process?.Kill();

    // The emulator's own process, for stopping it gracefully (SIGTERM) so that it writes its
    // on-disk state first: killed outright, Azurite loses what it had not yet saved.
    public int? ProcessId => process is { HasExited: false } ? process.Id : null;

    public ValueTask DisposeAsync()
    {
        process?.Dispose();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
