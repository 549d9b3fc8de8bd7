using System.Net;
using Azure.Data.Tables;
using NewsFunctions.IntegrationTests.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Storage;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;
using static NewsFunctions.IntegrationTests.Readers.ReaderApi;

namespace NewsFunctions.IntegrationTests.Readers;

[Collection(CommentsCollection.Name)]
public class OwnCommentTests(CommentsFixture system)
{
    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    private async Task<(string Slug, Posted Comment)> PublicCommentAsync(string prefix, string content = "تعليق أول فيه خطأ مطبعي")
    {
        var slug = await NewArticleAsync(moderator, prefix);
        var posted = await PostWithTokenAsync(reader, slug, Comment(content));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), items => items.Count == 1, Deadline, "the comment to be public");
        return (slug, posted);
    }

    [Fact]
    public async Task Edit_WithinTheWindow_IsModeratedAgainAndASpammyEditLeavesThePublicListing()
    {
        var (slug, posted) = await PublicCommentAsync("edit");

        var fixedTypo = await EditAsync(reader, slug, posted.Id, posted.Token, "تعليق أول بلا خطأ مطبعي");
        var corrected = await Poll.UntilAsync(() => PublicAsync(reader, slug), i => (string?)i.Single()!["content"] == "تعليق أول بلا خطأ مطبعي", Deadline, "the edit to be public");
        var spammy = await EditAsync(reader, slug, posted.Id, posted.Token, $"العب في {CommentsFixture.BannedWord} الآن");
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Count == 0, Deadline, "the spammy edit to leave the listing");
        var moderated = await Poll.UntilAsync<System.Text.Json.Nodes.JsonNode?>(() => FindAsync(moderator, posted.Id), c => (string?)c?["status"] == "spam", Deadline, "the edit to be spam");
        var count = await Poll.UntilAsync(() => CommentCountAsync(reader, slug), n => n == 0, Deadline, "the count to drop");

        Assert.Equal(HttpStatusCode.Accepted, fixedTypo.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, spammy.StatusCode);
        Assert.Single(corrected);
        var actions = moderated!["history"]!.AsArray().Select(h => (string)h!["action"]!).ToList();
        Assert.Equal(["moderated: approved", "edited; moderated: approved", "edited; moderated: spam"], actions);
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task EditOrWithdraw_WithAWrongTokenNoTokenOrAnotherCommentsToken_Is403AndChangesNothing()
    {
        var (slug, mine) = await PublicCommentAsync("wrong-token");
        var other = await PostWithTokenAsync(reader, slug, Comment("تعليق قارئ آخر"));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), items => items.Count == 2, Deadline, "both comments to be public");
        var before = await FindAsync(moderator, mine.Id);

        var answers = new[]
        {
            await EditAsync(reader, slug, mine.Id, other.Token, "تعديل بمفتاح غيري"),
            await EditAsync(reader, slug, mine.Id, null, "تعديل بلا مفتاح"),
            await EditAsync(reader, slug, mine.Id, mine.Token[..^1] + (mine.Token[^1] == 'A' ? 'B' : 'A'), "تعديل بمفتاح محرف"),
            await WithdrawAsync(reader, slug, mine.Id, other.Token),
            await WithdrawAsync(reader, slug, mine.Id, null),
        };

        // The other comment's own edit goes through the same queue after the refused ones would have.
        Assert.Equal(HttpStatusCode.Accepted, (await EditAsync(reader, slug, other.Id, other.Token, "تعديل صاحب التعليق")).StatusCode);
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => i.Any(c => (string?)c!["content"] == "تعديل صاحب التعليق"), Deadline, "the rightful edit");
        var after = await FindAsync(moderator, mine.Id);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.All(answers, a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
        Assert.Equal((string?)before!["etag"], (string?)after!["etag"]);
        Assert.Equal("تعليق أول فيه خطأ مطبعي", (string?)after["content"]);
        Assert.Equal(2, await CommentCountAsync(reader, slug));
    }

    [Fact]
    public async Task Withdraw_Is204AndTheCommentAndItsCountAreGoneAtOnce()
    {
        var (slug, posted) = await PublicCommentAsync("withdraw");
        await Poll.UntilAsync(() => CommentCountAsync(reader, slug), n => n == 1, Deadline, "the count");

        var withdrawn = await WithdrawAsync(reader, slug, posted.Id, posted.Token);
        var listed = await PageAsync(reader, slug, "limit=100");
        var count = await CommentCountAsync(reader, slug);
        var again = await WithdrawAsync(reader, slug, posted.Id, posted.Token);
        var stored = await FindAsync(moderator, posted.Id);

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Empty(listed["items"]!.AsArray());
        Assert.Equal(0, (int)listed["total"]!);
        Assert.Equal(0, count);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("deleted", (string?)stored!["status"]);
        Assert.Equal("author", (string?)stored["history"]!.AsArray()[^1]!["by"]);
    }

    [Fact]
    public async Task EditToken_NeverAppearsInAListingAModeratorAnswerALogLineOrATable()
    {
        var (slug, posted) = await PublicCommentAsync("token-secret");
        await EditAsync(reader, slug, posted.Id, posted.Token, "نص بعد التعديل");
        await Poll.UntilAsync(() => PublicAsync(reader, slug), i => (string?)i.Single()!["content"] == "نص بعد التعديل", Deadline, "the edit");
        await WithdrawAsync(reader, slug, posted.Id, posted.Token);

        var seen = new List<string>
        {
            (await PageAsync(reader, slug, "limit=100")).ToJsonString(),
            (await PageAsync(reader, slug, "sort=newest")).ToJsonString(),
            await (await reader.GetAsync($"/api/pages/articles/{slug}")).Content.ReadAsStringAsync(),
            system.Host.Output,
        };
        foreach (var status in NewsFunctions.Comments.CommentStatuses.All)
        {
            seen.AddRange((await ListAsync(moderator, status)).Select(c => c.ToJsonString()));
        }

        var tables = new TableServiceClient(system.Storage.ConnectionString);
        foreach (var name in TableNames.All)
        {
            await foreach (var row in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                seen.Add(string.Join('|', row.Keys.Select(k => k + "=" + row[k])) + row.PartitionKey + row.RowKey);
            }
        }

        Assert.Contains(seen, s => s.Contains(posted.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(seen, s => s.Contains(posted.Token, StringComparison.Ordinal));
    }
}

// Its own host with a window of 0 seconds: every edit comes after it, with no waiting in the test.
public class ClosedEditWindowTests : IClassFixture<ClosedEditWindowTests.Fixture>
{
    private readonly HttpClient reader;
    private readonly HttpClient moderator;

    public ClosedEditWindowTests(Fixture system)
    {
        reader = system.Host.CreateClient();
        moderator = system.Host.CreateClient(withKey: true);
    }

    [Fact]
    public async Task EditOrWithdraw_AfterTheWindow_Is403AndChangesNothing()
    {
        var slug = await NewArticleAsync(moderator, "late");
        var posted = await PostWithTokenAsync(reader, slug, Comment("تعليق لا يتغير"));
        await Poll.UntilAsync(() => PublicAsync(reader, slug), items => items.Count == 1, Deadline, "the comment to be public");

        var edit = await EditAsync(reader, slug, posted.Id, posted.Token, "تعديل متأخر");
        var withdraw = await WithdrawAsync(reader, slug, posted.Id, posted.Token);
        var stored = await FindAsync(moderator, posted.Id);

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal("approved", (string?)stored!["status"]);
        Assert.Equal("تعليق لا يتغير", (string?)stored["content"]);
        Assert.Single(stored["history"]!.AsArray());
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public AzuriteServer Storage { get; private set; } = null!;

        public LocalHostProcess Host { get; private set; } = null!;

        public async Task InitializeAsync()
            => (Storage, Host) = await new TestSystemBuilder().ForOneClient()
                .WithModerationSettings(new { floodSeconds = 0, editWindowSeconds = 0 }).StartAsync();

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Storage.DisposeAsync();
        }
    }
}
