using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
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
        (Storage, Host) = await CommentApi.HostForOneClient(bannedWords: [BannedWord], suspectWords: [SuspectWord]).StartAsync();
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
    public static TestSystemBuilder HostForOneClient(string[] bannedWords, string[] suspectWords)
        => new TestSystemBuilder().ForOneClient().WithModerationSettings(new { mode = "auto", maxLinks = 2, bannedWords, suspectWords, floodSeconds = 0 });

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
        => (await Poll.UntilAsync<JsonNode?>(
            async () =>
            {
                foreach (var status in CommentStatuses.All)
                {
                    if ((await ListAsync(moderator, status)).FirstOrDefault(c => (string?)c["id"] == id) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            },
            found => found is not null,
            deadline ?? Deadline,
            $"comment {id} to get a status"))!;
}
