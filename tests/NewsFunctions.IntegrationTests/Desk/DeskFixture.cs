using System.Net.Http.Headers;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Hostile;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.IntegrationTests.Desk;

// A newsroom desk: one Azurite and a local host with a named key per role beside the admin
// function key. Tests use their own articles and readers' emails, never shared ones.
public sealed class DeskFixture : IAsyncLifetime
{
    public static readonly string ModeratorKey = "mod-key-" + Guid.NewGuid().ToString("N");
    public static readonly string EditorKey = "editor-key-" + Guid.NewGuid().ToString("N");
    public static readonly string AdminKey = "admin-key-" + Guid.NewGuid().ToString("N");

    public const string ModeratorName = "amina";
    public const string EditorName = "omar";
    public const string AdminName = "layla";

    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public static TestSystemBuilder WithDeskKeys(TestSystemBuilder builder)
        => builder
            .WithHostSetting($"DevHost__Keys__{ModeratorName}", $"moderator:{ModeratorKey}")
            .WithHostSetting($"DevHost__Keys__{EditorName}", $"editor:{EditorKey}")
            .WithHostSetting($"DevHost__Keys__{AdminName}", $"admin:{AdminKey}");

    public async Task InitializeAsync()
    {
        (Storage, Host) = await WithDeskKeys(CommentApi.HostForOneClient(bannedWords: [], suspectWords: [CommentsFixture.SuspectWord])).StartAsync();
    }

    public HttpClient Client(string? key)
    {
        var client = Host.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        return client;
    }

    // The queue function's writes after a comment's commit point (index rows, counts, reader rows)
    // land a moment after its status shows: read until two snapshots in a row agree.
    public static async Task<SortedSet<string>> SettledSnapshotAsync(string connectionString)
    {
        var last = await StorageSnapshot.TakeAsync(connectionString);
        var settled = await Poll.UntilAsync(
            async () =>
            {
                var (previous, now) = (last, await StorageSnapshot.TakeAsync(connectionString));
                last = now;
                return (Same: previous.SetEquals(now), Snapshot: now);
            },
            read => read.Same,
            TimeSpan.FromSeconds(10),
            "storage to settle");
        return settled.Snapshot;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

// The same desk for one test class alone, when what it does (a ban or an erasure, which reach every
// comment from 127.0.0.1) must not meet other classes' comments.
public sealed class OwnDeskFixture : IAsyncLifetime
{
    public DeskFixture Desk { get; } = new();

    public Task InitializeAsync() => Desk.InitializeAsync();

    public Task DisposeAsync() => Desk.DisposeAsync();
}

// Run alone, after the collections that run side by side: the desk's hosts would otherwise add to
// the load the fault tests measure their deadlines under.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeskCollection : ICollectionFixture<DeskFixture>
{
    public const string Name = "desk";
}
