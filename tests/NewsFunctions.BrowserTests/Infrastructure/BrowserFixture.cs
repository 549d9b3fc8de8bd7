using Microsoft.Playwright;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.BrowserTests.Infrastructure;

// One Azurite, one local host, one second-origin site and one Chromium for all browser tests. Each
// test opens its own browser context (own cookies and sessionStorage) and uses its own articles.
public class BrowserFixture : IAsyncLifetime
{
    // Debian's Chromium (apt-get install chromium); CI installs the same package. Never a download.
    public const string ChromiumPathVariable = "CHROMIUM_PATH";
    private const string DefaultChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public EmbeddingSite OtherSite { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public NewsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OtherSite = EmbeddingSite.Start();
        (Storage, Host) = await Configure(new TestSystemBuilder().ForOneClient(10_000).WithHostSetting("Cors__AllowedOrigins", OtherSite.ListedOrigin)).StartAsync();
        OtherSite.UseApi(Host.BaseAddress);
        Api = new NewsApi(Host);

        var chromium = Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium}: run 'apt-get install chromium' or set {ChromiumPathVariable}.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    // What a fixture of its own changes about the host: keys, settings.
    protected virtual TestSystemBuilder Configure(TestSystemBuilder builder) => builder;

    // Arabic locale and a desktop-sized window, as the site's typical reader has.
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            Locale = "ar",
            ViewportSize = new() { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public string Url(string path) => new Uri(Host.BaseAddress, path).ToString();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        OtherSite?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
