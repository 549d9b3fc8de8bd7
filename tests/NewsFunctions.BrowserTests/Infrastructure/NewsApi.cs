using System.Net;
using System.Text.Json.Nodes;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests.Infrastructure;

// What the browser tests arrange over plain HTTP (articles, settings, comments to moderate), so that
// the browser is only used for what the test is about.
public sealed class NewsApi(LocalHostProcess host)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly HttpClient editor = host.CreateClient(withKey: true);
    private readonly HttpClient reader = host.CreateClient();
    private readonly SemaphoreSlim preModeration = new(1, 1);
    private bool preModerationOn;

    public async Task PutArticleAsync(string slug, object article)
    {
        var response = await editor.PutJsonAsync(Path("articles", slug), article);
        Assert.True(response.IsSuccessStatusCode, $"PUT article {slug}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<string> PostCommentAsync(string slug, object comment)
    {
        var response = await reader.PostJsonAsync(Path("articles", slug, "comments"), comment);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST comment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    public Task<HttpResponseMessage> PostCommentRawAsync(string slug, object comment)
        => reader.PostJsonAsync(Path("articles", slug, "comments"), comment);

    // Holds every comment from now on, and no flood limit: the tests post quickly from one address.
    // A settings change takes effect a few seconds after the PUT (API.md), so this posts probe
    // comments until one is held rather than sleeping for a guessed time.
    public async Task EnsurePreModerationAsync()
    {
        await preModeration.WaitAsync();
        try
        {
            if (preModerationOn)
            {
                return;
            }

            var current = await GetSettingsAsync();
            current["mode"] = "pre";
            current["floodSeconds"] = 0;
            var put = await editor.PutJsonAsync("/api/moderation/settings", current.ToJsonString());
            Assert.True(put.IsSuccessStatusCode, $"PUT settings: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");

            var probeSlug = UniqueNames.Slug("probe");
            await PutArticleAsync(probeSlug, Article(title: "مقال تجريبي"));
            await Poll.UntilAsync(
                async () =>
                {
                    var id = await PostCommentAsync(probeSlug, Comment($"تعليق تجريبي للتحقق من المراجعة المسبقة ({Guid.NewGuid().ToString("N")[..8]})", author: "فريق الاختبار"));
                    return await WaitForStatusAsync(id);
                },
                status => status == CommentStatuses.Pending,
                Deadline,
                "pre-moderation to take effect");
            preModerationOn = true;
        }
        finally
        {
            preModeration.Release();
        }
    }

    // Waits until the queue-triggered function has decided, then gives the comment's status.
    public async Task<string> WaitForStatusAsync(string id)
        => (await Poll.UntilAsync<string?>(
            async () =>
            {
                foreach (var status in CommentStatuses.All)
                {
                    if (await FindModeratedAsync(id, status) is not null)
                    {
                        return status;
                    }
                }

                return null;
            },
            status => status is not null,
            Deadline,
            $"comment {id} to be moderated"))!;

    public Task<JsonNode?> FindModeratedAsync(string id, string status) => FindModeratedAsync(c => (string?)c["id"] == id, status);

    private async Task<JsonNode?> FindModeratedAsync(Func<JsonNode, bool> match, string status)
    {
        string? cursor = null;
        do
        {
            var page = await (await editor.GetAsync($"/api/moderation/comments?status={status}&limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).ReadJsonAsync();
            var found = page["items"]!.AsArray().FirstOrDefault(c => match(c!));
            if (found is not null)
            {
                return found;
            }

            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return null;
    }

    // Finds a comment posted through a page (whose id the test never saw) once it has been moderated.
    // Null when none is found within the deadline.
    public async Task<JsonNode?> FindByContentAsync(string content, string slug, params string[] statuses)
    {
        try
        {
            return await Poll.UntilAsync<JsonNode?>(
                async () =>
                {
                    foreach (var status in statuses.Length > 0 ? statuses : CommentStatuses.All)
                    {
                        if (await FindModeratedAsync(c => (string?)c["content"] == content && (string?)c["articleSlug"] == slug, status) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                },
                found => found is not null,
                Deadline,
                "the comment to be moderated");
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public Task<JsonNode?> FindPendingByContentAsync(string content, string slug) => FindByContentAsync(content, slug, CommentStatuses.Pending);

    public async Task<JsonNode> GetSettingsAsync() => await (await editor.GetAsync("/api/moderation/settings")).ReadJsonAsync();

    public async Task ApproveAsync(string id)
    {
        await WaitForStatusAsync(id);
        var comment = await FindModeratedAsync(id, "pending") ?? throw new InvalidOperationException($"Comment {id} is not pending.");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/moderation/comments/{Uri.EscapeDataString(id)}/approve");
        request.Headers.TryAddWithoutValidation("If-Match", (string)comment["etag"]!);
        var response = await editor.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Approve {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static object Comment(string content, string author = "قارئ", string? email = null, string? website = null, string? parentId = null)
        => new { author, email = email ?? $"reader-{Guid.NewGuid():N}@example.com", content, website, parentId, hp = "" };
}
