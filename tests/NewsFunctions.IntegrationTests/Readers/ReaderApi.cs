using System.Net;
using System.Text.Json.Nodes;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;

namespace NewsFunctions.IntegrationTests.Readers;

// What a reader's browser does besides posting: editing and withdrawing with the token, reporting.
public static class ReaderApi
{
    public sealed record Posted(string Id, string Token);

    public static async Task<Posted> PostWithTokenAsync(HttpClient client, string slug, object comment)
    {
        var response = await client.PostJsonAsync(CommentsPath(slug), comment);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return new Posted((string)body["id"]!, (string)body["editToken"]!);
    }

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, string slug, string id, string? token, string content)
        => SendAsync(client, HttpMethod.Put, slug, id, token, HttpExtensions.JsonContent(new { content }));

    public static Task<HttpResponseMessage> WithdrawAsync(HttpClient client, string slug, string id, string? token)
        => SendAsync(client, HttpMethod.Delete, slug, id, token, null);

    public static Task<HttpResponseMessage> ReportAsync(HttpClient client, string slug, string id, string reason)
        => client.PostJsonAsync(CommentsPath(slug) + "/" + id + "/reports", new { reason, note = "ملاحظة" });

    public static async Task<JsonNode> PageAsync(HttpClient client, string slug, string query)
        => await (await client.GetAsync(CommentsPath(slug) + "?" + query)).ReadJsonAsync();

    public static async Task<JsonNode?> FindAsync(HttpClient moderator, string id)
    {
        foreach (var status in CommentStatuses.All)
        {
            if ((await ListAsync(moderator, status)).FirstOrDefault(c => (string?)c["id"] == id) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public static async Task<int> CommentCountAsync(HttpClient client, string slug)
        => (int)(await (await client.GetAsync(HttpExtensions.Path("articles", slug))).ReadJsonAsync())["commentCount"]!;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string slug, string id, string? token, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, CommentsPath(slug) + "/" + id) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(EditTokens.Header, token);
        }

        return await client.SendAsync(request);
    }
}
