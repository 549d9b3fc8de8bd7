using System.Net;
using Azure.Storage.Queues;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Desk;

[Collection(DeskCollection.Name)]
public sealed class PoisonTests(DeskFixture desk)
{
    [Fact]
    public async Task Redrive_SameMessageTwiceInPoison_EndsAsExactlyOneComment()
    {
        using var admin = desk.Client(DeskFixture.AdminKey);
        var slug = await CommentApi.NewArticleAsync(admin, "poison");
        var email = $"poisoned-{Guid.NewGuid():N}@example.com";
        var message = new CommentMessage(CommentMessage.CurrentVersion, CommentIds.New(DateTimeOffset.UtcNow), slug, "قارئ", email,
            "تعليق عاد من طابور الرسائل الفاشلة", null, null, null, null, DateTimeOffset.UtcNow);
        var poison = Queue(QueueNames.CommentsPoison);
        // Twice: what a re-drive that crashed between sending and deleting leaves behind.
        await poison.SendMessageAsync(CommentMessages.Serialize(message));
        await poison.SendMessageAsync(CommentMessages.Serialize(message));

        var listed = await (await admin.GetAsync("/api/moderation/poison")).ReadJsonAsync();
        var redriven = await admin.PostAsync("/api/moderation/poison/redrive", null);

        Assert.DoesNotContain(email, listed.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var mine = listed["items"]!.AsArray().Where(i => ((string?)i!["preview"])!.Contains(slug, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, i => Assert.NotNull((string?)i!["id"]));
        Assert.Equal(HttpStatusCode.OK, redriven.StatusCode);
        Assert.True((int)(await redriven.ReadJsonAsync())["redriven"]! >= 2);
        var stored = await CommentApi.WaitForStatusAsync(admin, message.Id);
        await Poll.UntilAsync(
            async () => (await Queue(QueueNames.Comments).GetPropertiesAsync()).Value.ApproximateMessagesCount,
            count => count == 0,
            CommentApi.Deadline,
            "the re-driven messages to be taken");
        var everywhere = new List<string>();
        foreach (var status in CommentStatuses.All)
        {
            everywhere.AddRange((await CommentApi.ListAsync(admin, status)).Where(c => (string?)c["id"] == message.Id).Select(c => (string)c["status"]!));
        }

        Assert.Equal([(string)stored["status"]!], everywhere);
    }

    [Fact]
    public async Task Poison_ModeratorKey_Is403()
    {
        using var moderator = desk.Client(DeskFixture.ModeratorKey);

        using var list = await moderator.GetAsync("/api/moderation/poison");
        using var redrive = await moderator.PostAsync("/api/moderation/poison/redrive", null);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, redrive.StatusCode);
    }

    private QueueClient Queue(string name) => new(desk.Storage.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
}
