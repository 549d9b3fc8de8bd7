using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Desk;

// Its own Azurite and host: the test proves that no row holds the reader's address hash, and every
// test comment comes from 127.0.0.1, so no other reader may post here.
[Collection(DeskCollection.Name)]
public sealed class ReaderDataTests(OwnDeskFixture own) : IClassFixture<OwnDeskFixture>
{
    private DeskFixture Desk => own.Desk;

    [Fact]
    public async Task ExportThenErase_Reader_ReturnsEveryCommentThenLeavesNoRowOrMessageWithTheirEmailAddressOrKey()
    {
        using var admin = Desk.Client(DeskFixture.AdminKey);
        using var moderator = Desk.Client(DeskFixture.ModeratorKey);
        var slug = await CommentApi.NewArticleAsync(admin, "erase");
        var email = $"Erase.Me-{Guid.NewGuid():N}@Example.com";
        var first = await CommentApi.PostAsync(admin, slug, CommentApi.Comment(
            "أتابع أخبار المدينة منذ سنوات وأرى أن هذا التقرير من أفضل ما نشر عن مشروع المياه الجديد", email, author: "ريم"));
        var second = await CommentApi.PostAsync(admin, slug, CommentApi.Comment("تعليق ثان مع موقع", email.ToLowerInvariant(), author: "ريم", website: "https://reem.example"));
        await CommentApi.WaitForStatusAsync(admin, first);
        await CommentApi.WaitForStatusAsync(admin, second);
        (await moderator.PostJsonAsync("/api/moderation/bans", new { commentId = first, reason = "اختبار" })).EnsureSuccessStatusCode();
        var poisoned = new CommentMessage(CommentMessage.CurrentVersion, CommentIds.New(DateTimeOffset.UtcNow), slug, "ريم", email, "رسالة فاشلة", null, null, null, null, DateTimeOffset.UtcNow);
        await Queue(QueueNames.CommentsPoison).SendMessageAsync(CommentMessages.Serialize(poisoned));
        // A report of the reader's comment: its row is keyed by the reporter's address hash.
        (await admin.PostJsonAsync($"/api/articles/{slug}/comments/{first}/reports", new { reason = "spam" })).EnsureSuccessStatusCode();
        var stored = (await new TableClient(Desk.Storage.ConnectionString, TableNames.Comments).GetEntityAsync<TableEntity>(first, "comment")).Value;
        var secrets = new[] { email, stored.GetString("IpHash")!, stored.GetString("AvatarKey")!, stored.GetString("EditHash")! };
        Assert.All(secrets, s => Assert.False(string.IsNullOrEmpty(s)));

        var export = await (await admin.GetAsync("/api/moderation/readers/export?email=" + Uri.EscapeDataString(email.ToUpperInvariant()))).ReadJsonAsync();
        using var erase = await admin.PostJsonAsync("/api/moderation/readers/erase", new { email });

        Assert.Equal([first, second], export["comments"]!.AsArray().Select(c => (string)c!["id"]!).Order());
        Assert.All(export["comments"]!.AsArray(), c => Assert.Equal(email, (string?)c!["email"], ignoreCase: true));
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Equal(2, (int)(await erase.ReadJsonAsync())["erased"]!);
        var leftovers = await EverythingStoredAsync();
        Assert.All(secrets, secret => Assert.DoesNotContain(leftovers, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase)));
        var deleted = (await CommentApi.ListAsync(admin, CommentStatuses.Deleted)).Where(c => (string?)c["articleSlug"] == slug).ToList();
        Assert.Equal(2, deleted.Count);
        Assert.All(deleted, c => Assert.Equal("Anonymous", (string?)c["author"]));
        Assert.Empty(await CommentApi.PublicAsync(admin, slug));
        Assert.Empty((await (await moderator.GetAsync("/api/moderation/bans")).ReadJsonAsync())["items"]!.AsArray());
        Assert.Empty((await (await admin.GetAsync("/api/moderation/readers/export?email=" + Uri.EscapeDataString(email))).ReadJsonAsync())["comments"]!.AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    public async Task Erase_BadEmail_Is400(string email)
    {
        using var admin = Desk.Client(DeskFixture.AdminKey);

        using var response = await admin.PostJsonAsync("/api/moderation/readers/erase", new { email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Every key and property of every entity, and every message of every queue, as text.
    private async Task<List<string>> EverythingStoredAsync()
    {
        var texts = new List<string>();
        var tables = new TableServiceClient(Desk.Storage.ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                texts.Add($"{table.Name} {entity.PartitionKey} {entity.RowKey} " + string.Join(" ", entity.Select(p => $"{p.Key}={p.Value}")));
            }
        }

        var queues = new QueueServiceClient(Desk.Storage.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            foreach (var message in (await Queue(queue.Name).PeekMessagesAsync(32)).Value)
            {
                texts.Add($"{queue.Name} {message.Body}");
            }
        }

        return texts;
    }

    private QueueClient Queue(string name) => new(Desk.Storage.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
}
