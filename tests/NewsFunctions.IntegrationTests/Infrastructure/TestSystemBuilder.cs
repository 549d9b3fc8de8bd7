namespace NewsFunctions.IntegrationTests.Infrastructure;

// An Azurite and a local host on it: the start-up every fixture shares. Each With... names what a
// fixture changes; everything else is the app's default.
public sealed class TestSystemBuilder
{
    public const string PermitsSetting = "Comments__RateLimit__PermitsPerMinute";

    private readonly Dictionary<string, string> hostSettings = [];
    private bool inMemory = true;
    private object? moderationSettings;

    // Every test comment comes from 127.0.0.1; the per-client limit is for real readers.
    public TestSystemBuilder ForOneClient(int permitsPerMinute = 1_000_000) => WithHostSetting(PermitsSetting, permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public TestSystemBuilder WithHostSetting(string name, string value)
    {
        hostSettings[name] = value;
        return this;
    }

    // Storage that survives Azurite being stopped, for tests that take it away and bring it back.
    public TestSystemBuilder WithStorageOnDisk()
    {
        inMemory = false;
        return this;
    }

    // Saved through the moderators' route before any test runs.
    public TestSystemBuilder WithModerationSettings(object settings)
    {
        moderationSettings = settings;
        return this;
    }

    public IReadOnlyDictionary<string, string> HostSettings => hostSettings;

    public async Task<(AzuriteServer Storage, LocalHostProcess Host)> StartAsync()
    {
        var storage = await AzuriteServer.StartAsync(inMemory);
        try
        {
            var host = await LocalHostProcess.StartAsync(storage.ConnectionString, hostSettings);
            if (moderationSettings is not null)
            {
                using var moderator = host.CreateClient(withKey: true);
                (await moderator.PutJsonAsync("/api/moderation/settings", moderationSettings)).EnsureSuccessStatusCode();
            }

            return (storage, host);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }
}
