using System.Net;
using Azure.Data.Tables;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Storage;
using static NewsFunctions.IntegrationTests.Readers.ReaderApi;

namespace NewsFunctions.IntegrationTests.Readers;

// A rotation of Comments:HashSecret as docs/DEPLOY.md gives it: the local host runs with secret A,
// readers post, then it starts again with B as current and A as previous. Each reader posts from
// an address of their own, so the web tier's per-address limit never answers for the durable checks.
[Collection(Desk.DeskCollection.Name)]
public sealed class SecretRotationTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private const string SecretA = "rotation-secret-a-0123456789";
    private const string SecretB = "rotation-secret-b-9876543210";

    [Fact]
    public async Task Rotation_WithThePreviousSecret_KeepsDuplicatesFloodByEmailAndAddressBansEditTokensAndErasure()
    {
        var (dup, flood, banned, editor, erased) = (Reader(), Reader(), Reader(), Reader(), Reader());
        var sameAddress = Reader();
        string slug, firstDup, firstErased;
        Posted edit;
        await using (var before = await StartHostAsync(SecretA, previous: null))
        {
            using var admin = before.CreateClient(withKey: true);
            (await admin.PutJsonAsync("/api/moderation/settings", new { mode = "auto", floodSeconds = 600 })).EnsureSuccessStatusCode();
            slug = await CommentApi.NewArticleAsync(admin, "rotation");
            firstDup = await PostFromAsync(before, dup, slug, "تعليق واحد أرسله مرة قبل تغيير السر");
            await PostFromAsync(before, flood, slug, "أول تعليق قبل تغيير السر");
            var toBan = await PostFromAsync(before, banned, slug, "تعليق سيحظر صاحبه");
            using (var client = before.CreateClient(from: editor.Address))
            {
                edit = await PostWithTokenAsync(client, slug, CommentApi.Comment("تعليق سيعدل بعد تغيير السر", editor.Email));
            }

            firstErased = await PostFromAsync(before, erased, slug, "تعليق قبل تغيير السر من قارئ سيمحى");
            await PostFromAsync(before, sameAddress, slug, "تعليق من عنوان يعود ببريد آخر بعد تغيير السر");
            foreach (var id in new[] { firstDup, toBan, edit.Id, firstErased })
            {
                await CommentApi.WaitForStatusAsync(admin, id);
            }

            (await admin.PostJsonAsync("/api/moderation/bans", new { commentId = toBan, reason = "قبل تغيير السر" })).EnsureSuccessStatusCode();
        }

        await using var after = await StartHostAsync(SecretB, previous: SecretA);
        using var moderator = after.CreateClient(withKey: true);
        var again = await CommentApi.WaitForStatusAsync(moderator, await PostFromAsync(after, dup, slug, "تعليق واحد أرسله مرة قبل تغيير السر"));
        var soon = await CommentApi.WaitForStatusAsync(moderator, await PostFromAsync(after, flood, slug, "ثاني تعليق بعد تغيير السر بلحظات"));
        var sameAddressSoon = await CommentApi.WaitForStatusAsync(moderator,
            await PostFromAsync(after, sameAddress with { Email = Reader().Email }, slug, "تعليق ببريد جديد من العنوان نفسه"));
        var stillBanned = await CommentApi.WaitForStatusAsync(moderator, await PostFromAsync(after, banned, slug, "تعليق بريء بعد تغيير السر"));
        using var editorClient = after.CreateClient(from: editor.Address);
        using var edited = await EditAsync(editorClient, slug, edit.Id, edit.Token, "نص معدل بعد تغيير السر");
        var secondErased = await PostFromAsync(after, erased, slug, "تعليق بعد تغيير السر من القارئ نفسه");
        await CommentApi.WaitForStatusAsync(moderator, secondErased);

        Assert.Contains($"duplicate of {firstDup}", Reasons(again));
        Assert.Contains(Reasons(soon), r => r.Contains("flood limit", StringComparison.Ordinal));
        Assert.Contains(Reasons(sameAddressSoon), r => r.Contains("flood limit", StringComparison.Ordinal));
        Assert.Equal(CommentStatuses.Spam, (string?)stillBanned["status"]);
        Assert.Contains("banned reader", Reasons(stillBanned));
        Assert.Equal(HttpStatusCode.Accepted, edited.StatusCode);
        await AssertErasedUnderBothKeysAsync(moderator, erased.Email, [firstErased, secondErased]);
    }

    [Fact]
    public async Task Rotation_WithoutThePreviousSecret_NoLongerFindsTheDuplicateOrTheAuthor()
    {
        var reader = Reader();
        string slug, first;
        await using (var before = await StartHostAsync(SecretA, previous: null))
        {
            using var admin = before.CreateClient(withKey: true);
            slug = await CommentApi.NewArticleAsync(admin, "no-previous");
            first = await PostFromAsync(before, reader, slug, "تعليق يعاد بعد تغيير السر دون السر السابق");
            await CommentApi.WaitForStatusAsync(admin, first);
        }

        await using var after = await StartHostAsync(SecretB, previous: null);
        using var moderator = after.CreateClient(withKey: true);
        var again = await CommentApi.WaitForStatusAsync(moderator, await PostFromAsync(after, reader, slug, "تعليق يعاد بعد تغيير السر دون السر السابق"));

        // Under a key of its own the same author's text even counts as another name's.
        Assert.DoesNotContain($"duplicate of {first}", Reasons(again));
        Assert.Equal(CommentStatuses.Pending, (string?)again["status"]);
        Assert.Contains(Reasons(again), r => r.Contains("another name", StringComparison.Ordinal));
    }

    private sealed record TestReader(string Email, string Address);

    private static int nextAddress = 20;

    private static TestReader Reader()
        => new($"rotation-{Guid.NewGuid():N}@example.com", $"127.0.0.{Interlocked.Increment(ref nextAddress)}");

    private Task<LocalHostProcess> StartHostAsync(string current, string? previous)
    {
        var settings = new Dictionary<string, string>
        {
            [TestSystemBuilder.PermitsSetting] = "1000000",
            ["Comments__HashSecret"] = current,
        };
        if (previous is not null)
        {
            settings["Comments__PreviousHashSecret"] = previous;
        }

        return LocalHostProcess.StartAsync(azurite.Storage.ConnectionString, settings);
    }

    private static async Task<string> PostFromAsync(LocalHostProcess host, TestReader reader, string slug, string content)
    {
        using var client = host.CreateClient(from: reader.Address);
        return await CommentApi.PostAsync(client, slug, CommentApi.Comment(content, reader.Email));
    }

    private static List<string> Reasons(System.Text.Json.Nodes.JsonNode comment) => [.. comment["reasons"]!.AsArray().Select(r => (string)r!)];

    // Export finds the comments under both secrets' keys, and after the erase no row holds either key.
    private async Task AssertErasedUnderBothKeysAsync(HttpClient admin, string email, string[] ids)
    {
        var comments = new TableClient(azurite.Storage.ConnectionString, TableNames.Comments);
        var keys = new List<string>();
        foreach (var id in ids)
        {
            keys.Add((await comments.GetEntityAsync<TableEntity>(id, "comment")).Value.GetString("AvatarKey")!);
        }

        var export = await (await admin.GetAsync("/api/moderation/readers/export?email=" + Uri.EscapeDataString(email))).ReadJsonAsync();
        using var erase = await admin.PostJsonAsync("/api/moderation/readers/erase", new { email });

        Assert.Equal(2, keys.Distinct().Count());
        Assert.Equal(ids.Order(), export["comments"]!.AsArray().Select(c => (string)c!["id"]!).Order());
        Assert.Equal(2, (int)(await erase.ReadJsonAsync())["erased"]!);
        var tables = new TableServiceClient(azurite.Storage.ConnectionString);
        foreach (var name in new[] { TableNames.Comments, TableNames.CommentIndex, TableNames.Bans })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var text = $"{entity.PartitionKey} {entity.RowKey} " + string.Join(" ", entity.Select(p => p.Value));
                Assert.All(keys, key => Assert.DoesNotContain(key, text, StringComparison.Ordinal));
            }
        }
    }
}
