using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Storage;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Comments;

// Its own Azurite and local host: these tests set moderation settings (word lists, no flood
// window, since every test posts from 127.0.0.1), which must not leak into other collections.
// The settings are set once here and never changed by a test.
public sealed class CommentsFixture : IAsyncLifetime
{
    public const string BannedWord = "كازينو";
    public const string SuspectWord = "رخيص";

    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteServer.StartAsync();
        Host = await CommentApi.StartHostAsync(Storage, bannedWords: [BannedWord], suspectWords: [SuspectWord]);
    }

    public QueueClient CommentsQueue(string name = QueueNames.Comments)
        => new(Storage.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class CommentsCollection : ICollectionFixture<CommentsFixture>
{
    public const string Name = "comments";
}

public static class CommentApi
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // A host for posting comments from one address: no rate limit, no flood window, auto mode.
    public static async Task<LocalHostProcess> StartHostAsync(AzuriteServer storage, string[] bannedWords, string[] suspectWords)
    {
        var host = await LocalHostProcess.StartAsync(storage.ConnectionString, new Dictionary<string, string>
        {
            ["Comments__RateLimit__PermitsPerMinute"] = "100000",
        });
        using var moderator = host.CreateClient(withKey: true);
        var settings = new { mode = "auto", maxLinks = 2, bannedWords, suspectWords, floodSeconds = 0 };
        (await moderator.PutJsonAsync("/api/moderation/settings", settings)).EnsureSuccessStatusCode();
        return host;
    }

    public static string CommentsPath(string slug) => Path("articles", slug, "comments");

    public static async Task<string> NewArticleAsync(HttpClient editor, string prefix, bool commentsOpen = true)
    {
        var slug = UniqueNames.Slug(prefix);
        var put = await editor.PutJsonAsync(Path("articles", slug), Article(commentsOpen: commentsOpen));
        put.EnsureSuccessStatusCode();
        return slug;
    }

    public static object Comment(string content, string? email = null, string author = "قارئ", string? parentId = null, string? website = null)
        => new { author, email = email ?? $"reader-{Guid.NewGuid():N}@example.com", content, parentId, website };

    public static async Task<string> PostAsync(HttpClient client, string slug, object comment)
    {
        var response = await client.PostJsonAsync(CommentsPath(slug), comment);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    public static async Task<JsonArray> PublicAsync(HttpClient client, string slug)
        => (await (await client.GetAsync(CommentsPath(slug) + "?limit=100")).ReadJsonAsync())["items"]!.AsArray();

    // Every moderated comment of a status, through all pages.
    public static async Task<List<JsonNode>> ListAsync(HttpClient moderator, string status)
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = await (await moderator.GetAsync($"/api/moderation/comments?status={status}&limit=100" + (cursor is null ? "" : "&cursor=" + cursor))).ReadJsonAsync();
            all.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return all;
    }

    // Polls the moderation listings until the comment has a status, or fails at the deadline.
    public static async Task<JsonNode> WaitForStatusAsync(HttpClient moderator, string id, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        while (true)
        {
            foreach (var status in new[] { "approved", "pending", "spam", "rejected" })
            {
                var found = (await ListAsync(moderator, status)).FirstOrDefault(c => (string?)c["id"] == id);
                if (found is not null)
                {
                    return found;
                }
            }

            Assert.True(DateTime.UtcNow < until, $"Comment {id} got no status within the deadline.");
            await Task.Delay(100);
        }
    }

    public static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline, string what)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
