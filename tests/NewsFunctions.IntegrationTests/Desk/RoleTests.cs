using System.Net;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.DevHost;
using NewsFunctions.Http;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Hostile;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Desk;

[Collection(DeskCollection.Name)]
public sealed class RoleTests(DeskFixture desk)
{
    // The role each protected function needs (API.md, "Keys and roles"). A new protected function
    // fails the coverage test below until it is listed here, and so gets its 403 test.
    private static readonly Dictionary<string, string> RoleOf = new()
    {
        ["ListModerationComments"] = Roles.Moderator,
        ["ApproveComment"] = Roles.Moderator,
        ["RejectComment"] = Roles.Moderator,
        ["MarkCommentSpam"] = Roles.Moderator,
        ["GetModerationStats"] = Roles.Moderator,
        ["GetModerationSettings"] = Roles.Admin,
        ["PutModerationSettings"] = Roles.Admin,
        ["RetrainSpamModel"] = Roles.Admin,
        ["GetSpamModel"] = Roles.Admin,
        ["PutArticle"] = Roles.Editor,
        ["DeleteArticle"] = Roles.Editor,
        ["BulkModerate"] = Roles.Moderator,
        ["CreateBan"] = Roles.Moderator,
        ["ListBans"] = Roles.Moderator,
        ["LiftBan"] = Roles.Moderator,
        ["ListPoison"] = Roles.Admin,
        ["RedrivePoison"] = Roles.Admin,
        ["ExportReader"] = Roles.Admin,
        ["EraseReader"] = Roles.Admin,
    };

    // A body each route would act on, so that a missing role check would change something.
    private static string BodyFor(string function, string commentId) => function switch
    {
        "PutModerationSettings" => """{ "mode": "pre", "maxLinks": 0 }""",
        "PutArticle" => """{ "title": "t", "body": "b", "category": "c" }""",
        _ => $$"""{ "moderator": "mallory", "email": "reader@example.com", "commentId": "{{commentId}}", "action": "spam", "items": [{ "id": "{{commentId}}", "etag": "*" }], "days": 30, "reason": "x" }""",
    };

    private static readonly FunctionCatalog Catalog = new(typeof(NewsBackendServiceCollectionExtensions).Assembly);

    [Fact]
    public void RoleTable_ListsEveryProtectedFunction()
    {
        var protectedFunctions = Catalog.HttpFunctions.Where(f => f.Level != AuthorizationLevel.Anonymous).Select(f => f.Name).Order();

        Assert.Equal(protectedFunctions, RoleOf.Keys.Order());
    }

    [Fact]
    public async Task EveryProtectedRoute_KeyWithoutTheRole_Is403AndChangesNothing()
    {
        var (slug, id) = await SettledCommentAsync("roles", "تعليق عادي عن الخبر");
        var before = await DeskFixture.SettledSnapshotAsync(desk.Storage.ConnectionString);

        foreach (var function in Catalog.HttpFunctions.Where(f => f.Level != AuthorizationLevel.Anonymous))
        {
            string[] wrongKeys = RoleOf[function.Name] switch
            {
                Roles.Moderator => [DeskFixture.EditorKey],
                Roles.Editor => [DeskFixture.ModeratorKey],
                _ => [DeskFixture.ModeratorKey, DeskFixture.EditorKey],
            };
            foreach (var key in wrongKeys)
            {
                using var client = desk.Client(key);
                foreach (var method in function.Methods)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), "/api/" + function.Route.Replace("{id}", id).Replace("{slug}", slug))
                    {
                        Content = method is "get" or "delete" ? null : new StringContent(BodyFor(function.Name, id), Encoding.UTF8, "application/json"),
                    };

                    using var response = await client.SendAsync(request);

                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {function.Route} with a key without {RoleOf[function.Name]}: {(int)response.StatusCode}");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        Assert.Equal(before, await StorageSnapshot.TakeAsync(desk.Storage.ConnectionString));
    }

    [Fact]
    public async Task ProtectedRoute_NoKey_Is401()
    {
        using var anonymous = desk.Client(null);

        using var response = await anonymous.GetAsync("/api/moderation/comments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AdminRoute_EditorKeyWithForgedPrincipalHeaders_Is403()
    {
        using var editor = desk.Client(DeskFixture.EditorKey);
        editor.DefaultRequestHeaders.Add(PlatformPrincipal.Header, ForgedAdminPrincipal());
        editor.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-NAME", "mallory");

        using var response = await editor.GetAsync("/api/moderation/settings");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reject_NamedModeratorKey_HistoryNamesTheKeyNotTheBodyNorAHeader()
    {
        var (_, id) = await SettledCommentAsync("history", "تعليق سيرفضه مشرف مسمى");
        using var moderator = desk.Client(DeskFixture.ModeratorKey);
        moderator.DefaultRequestHeaders.Add(PlatformPrincipal.Header, ForgedAdminPrincipal());
        moderator.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-NAME", "mallory");

        using var response = await moderator.PostJsonAsync($"/api/moderation/comments/{id}/reject", new { moderator = "mallory" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await response.ReadJsonAsync())["history"]!.AsArray();
        Assert.Equal(DeskFixture.ModeratorName, (string?)history[^1]!["by"]);
        Assert.DoesNotContain(history, h => ((string?)h!["by"])!.Contains("mallory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approve_FunctionKey_HistoryNamesTheDefaultKey()
    {
        var (_, id) = await SettledCommentAsync("default-key", "تعليق يرفضه صاحب المفتاح");
        using var admin = desk.Client(desk.Host.FunctionKey);

        using var response = await admin.PostAsync($"/api/moderation/comments/{id}/reject", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Caller.KeyHolder.Name, (string?)(await response.ReadJsonAsync())["history"]!.AsArray()[^1]!["by"]);
    }

    private async Task<(string Slug, string Id)> SettledCommentAsync(string prefix, string content)
    {
        using var admin = desk.Client(desk.Host.FunctionKey);
        var slug = await CommentApi.NewArticleAsync(admin, prefix);
        var id = await CommentApi.PostAsync(admin, slug, CommentApi.Comment(content));
        await CommentApi.WaitForStatusAsync(admin, id);
        return (slug, id);
    }

    // What App Service authentication would send for a signed-in admin; the local host must ignore it.
    private static string ForgedAdminPrincipal()
        => Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"auth_typ":"aad","claims":[{"typ":"name","val":"mallory"},{"typ":"roles","val":"admin"}],"name_typ":"name","role_typ":"roles"}"""));
}
