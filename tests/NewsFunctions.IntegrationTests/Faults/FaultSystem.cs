using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Faults;

public sealed record Submission(HttpStatusCode Status, string? Id, RetryConditionHeaderValue? RetryAfter);

// One fault test's own Azurite and local host, plus the calls every fault test makes. The per-client
// limit is lifted (each test is a single client sending bursts) and the flood rule switched off by
// settings, so the faults, not the limits, decide what happens.
public sealed class FaultSystem : IAsyncDisposable
{
    public const string ListenerDisabledSetting = "AzureWebJobs_ModerateComment_Disabled";

    private FaultSystem(AzuriteServer storage, LocalHostProcess host)
    {
        Storage = storage;
        Host = host;
        Anonymous = host.CreateClient();
        Moderator = host.CreateClient(withKey: true);
    }

    public AzuriteServer Storage { get; }
    public LocalHostProcess Host { get; private set; }
    public HttpClient Anonymous { get; private set; }
    public HttpClient Moderator { get; private set; }

    public static async Task<FaultSystem> StartAsync(bool storageOnDisk = false, bool listening = true)
    {
        var builder = Builder(listening).WithModerationSettings(new { mode = "auto", maxLinks = 2, bannedWords = Array.Empty<string>(), suspectWords = Array.Empty<string>(), floodSeconds = 0 });
        var (storage, host) = await (storageOnDisk ? builder.WithStorageOnDisk() : builder).StartAsync();
        return new FaultSystem(storage, host);
    }

    public static TestSystemBuilder Builder(bool listening)
        => new TestSystemBuilder().ForOneClient().WithHostSetting(ListenerDisabledSetting, listening ? "false" : "true");

    // A second local host on the same storage (the first is disposed): used to moderate a queue
    // that a host with its listener stopped has filled.
    public async Task ReplaceHostAsync(bool listening)
    {
        await Host.DisposeAsync();
        Host = await LocalHostProcess.StartAsync(Storage.ConnectionString, Builder(listening).HostSettings);
        Anonymous = Host.CreateClient();
        Moderator = Host.CreateClient(withKey: true);
    }

    // Storage goes away the way an outage looks to the app (connections refused) while what it had
    // accepted stays durable, as it does in Azure: Azurite is stopped with SIGTERM and saves its state.
    public async Task StopStorageAsync()
    {
        var id = Storage.ProcessId ?? throw new InvalidOperationException("Azurite is not running.");
        using (var signal = System.Diagnostics.Process.Start("kill", ["-TERM", id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        try
        {
            await Poll.UntilAsync(() => Storage.ProcessId is null, TimeSpan.FromSeconds(30), "Azurite to save its state and exit");
        }
        catch (TimeoutException)
        {
            Storage.Stop();
        }
    }

    public async Task PutSettingsAsync(object settings)
    {
        using var response = await Moderator.PutJsonAsync("/api/moderation/settings", settings);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string> CreateArticleAsync(string prefix)
    {
        var slug = UniqueNames.Slug(prefix);
        using var response = await Moderator.PutJsonAsync(Path("articles", slug), Article());
        response.EnsureSuccessStatusCode();
        return slug;
    }

    // Sixteen Arabic letters for the sixteen hex digits of a new Guid: a reference without digits,
    // which the phone-number signal would read as a number.
    private static string UniqueWord() => string.Concat(Guid.NewGuid().ToString("N").Select(c => "ابتثجحخدذرزسشصضط"[Convert.ToInt32(c.ToString(), 16)]));

    // Each text gets its own reference, longer than the text it follows: numbered texts alone read
    // as one text reworded, and the near-duplicate rule would rightly hold a text posted under
    // several names.
    public async Task<Submission> SubmitAsync(string slug, string content, int n)
    {
        using var response = await Anonymous.PostJsonAsync(Path("articles", slug, "comments"),
            new { author = $"قارئ {n}", email = $"reader-{n}-{Guid.NewGuid():N}@example.com", content = $"{content} (مرجع {UniqueWord()} {UniqueWord()})" });
        var id = response.StatusCode == HttpStatusCode.Accepted ? (string?)(await response.ReadJsonAsync())["id"] : null;
        return new Submission(response.StatusCode, id, response.Headers.RetryAfter);
    }

    public async Task<JsonNode> StatsAsync()
    {
        using var response = await Moderator.GetAsync("/api/moderation/stats");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static int Decided(JsonNode stats)
        => CommentStatuses.All.Sum(status => (int)stats[status]!);

    // Polls the stats until the condition holds; a host still starting only means "not yet".
    public Task<JsonNode> WaitForStatsAsync(Func<JsonNode, bool> condition, TimeSpan timeout, string what)
        => Poll.UntilAsync(StatsAsync, condition, timeout, what, notYet: ex => ex is HttpRequestException, explain: last => $"Last stats: {last?.ToJsonString()}\n{Host.Output}");

    // Every comment of a status, through all pages of the moderation listing.
    public Task<List<JsonNode>> ListAllAsync(string status)
        => ReadAllPagesAsync(Moderator, $"/api/moderation/comments?status={status}&limit=100");

    // Every public comment of an article, through all pages.
    public Task<List<JsonNode>> ListPublicAsync(string slug)
        => ReadAllPagesAsync(Anonymous, Path("articles", slug, "comments") + "?limit=100");

    private static async Task<List<JsonNode>> ReadAllPagesAsync(HttpClient client, string firstPage)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            using var response = await client.GetAsync(firstPage + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            response.EnsureSuccessStatusCode();
            var page = await response.ReadJsonAsync();
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);

        return items;
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Moderator.Dispose();
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection
{
    // Fault tests stop and kill processes and load the machine: one at a time.
    public const string Name = "faults";
}
