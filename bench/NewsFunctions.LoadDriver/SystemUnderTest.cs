using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.LoadDriver;

// Azurite and the local host, either started here (--start: Azurite in memory on free ports and the
// built DevHost dll, as the integration tests start them) or given on the command line (--host).
public sealed class SystemUnderTest : IAsyncDisposable
{
    // The WebJobs SDK leaves a function's listener stopped when "AzureWebJobs.<name>.Disabled" is
    // set: the host then accepts comments without moderating them, which is how the queue is
    // preloaded for the drain measurement and how submissions are measured without the listener
    // competing for the same two cores.
    public const string QueueFunctionName = nameof(NewsFunctions.Moderation.AutoModerationFunction.ModerateComment);

    private readonly DriverOptions options;
    private AzuriteServer? azurite;
    private LocalHostProcess? host;

    private SystemUnderTest(DriverOptions options) => this.options = options;

    public Uri HostUrl => host?.BaseAddress ?? new Uri(options.HostUrl!);
    public string StorageConnectionString => azurite?.ConnectionString ?? options.StorageConnectionString!;
    public string FunctionKey => host?.FunctionKey ?? options.FunctionKey!;
    public int? HostProcessId => host?.ProcessId;
    public int? AzuriteProcessId => azurite?.ProcessId;
    public bool CanRestartHost => host is not null;

    // Azurite logging every request it serves into debugLog, and the host with its listener on.
    public static async Task<SystemUnderTest> StartLoggedAsync(DriverOptions options, string debugLog)
    {
        var system = new SystemUnderTest(options) { azurite = await AzuriteServer.StartAsync(inMemory: true, debugLog) };
        await system.StartHostAsync(listening: true);
        return system;
    }

    public static async Task<SystemUnderTest> StartAsync(DriverOptions options)
    {
        var system = new SystemUnderTest(options);
        if (options.Start)
        {
            // On disk, in a temporary folder: in memory, Azurite keeps one extent per queue message
            // and its garbage collector (every 60 s) deletes them one by one, rebuilding an index
            // each time, which stops the emulator for minutes once tens of thousands of messages
            // have been sent and removed, as every submission scenario does.
            system.azurite = await AzuriteServer.StartAsync(inMemory: false);
            await system.StartHostAsync(listening: false);
        }

        return system;
    }

    public async Task StartHostAsync(bool listening)
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        var settings = new Dictionary<string, string>(options.HostSettings)
        {
            // One client sends every request: the per-client limit would measure 429s, not the host.
            ["Comments__RateLimit__PermitsPerMinute"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Warnings only: the figures measure the host, not its console.
            ["Logging__LogLevel__NewsFunctions"] = "Warning",
            [$"AzureWebJobs_{QueueFunctionName}_Disabled"] = listening ? "false" : "true",
        };
        host = await LocalHostProcess.StartAsync(StorageConnectionString, settings);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
