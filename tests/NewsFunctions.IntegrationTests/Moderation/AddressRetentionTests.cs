using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;
using NewsFunctions.Readers;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Moderation;

// Its own Azurite: retention scans every comment and every address row of its tables.
[Collection(Desk.DeskCollection.Name)]
public sealed class AddressRetentionTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-03T03:30:00Z");

    [Fact]
    public async Task Run_CommentsAndAddressRowsOlderThanTheSetting_LoseTheirAddressHashOnly()
    {
        var store = new CommentStore(azurite.Tables);
        var claims = new ReaderClaimStore(azurite.Tables);
        var old = await AddAsync(store, Now.AddDays(-31), "old-address");
        var recent = await AddAsync(store, Now.AddDays(-29), "recent-address");
        await claims.SwapLatestSubmissionAsync("iold-address", old.Id, old.CreatedAt, CancellationToken.None);
        await claims.SwapLatestSubmissionAsync("irecent-address", recent.Id, recent.CreatedAt, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(AddressRetention.DaysSettingName, "30")]).Build();
        var retention = new AddressRetention(store, claims, configuration, new FakeTimeProvider(Now), NullLogger<AddressRetention>.Instance);

        var (comments, rows) = await retention.RunAsync(CancellationToken.None);

        Assert.Equal((1, 1), (comments, rows));
        var oldAfter = (await store.GetAsync(old.Id, CancellationToken.None))!;
        Assert.Null(oldAfter.IpHash);
        Assert.Equal((old.Email, old.Content, old.Status), (oldAfter.Email, oldAfter.Content, oldAfter.Status));
        Assert.Equal("recent-address", (await store.GetAsync(recent.Id, CancellationToken.None))!.IpHash);
        var index = azurite.Tables.GetTableClient(TableNames.CommentIndex);
        Assert.False((await index.GetEntityIfExistsAsync<TableEntity>("f-iold-address", "latest")).HasValue);
        Assert.True((await index.GetEntityIfExistsAsync<TableEntity>("f-irecent-address", "latest")).HasValue);
    }

    private static async Task<StoredComment> AddAsync(CommentStore store, DateTimeOffset at, string ipHash)
    {
        var comment = new StoredComment(CommentIds.New(at), "retention", null, 1, "قارئ", "reader@example.com", "avatar", "نص", null, ipHash,
            at, CommentStatuses.Approved, [], 0, []);
        return (await store.AddAsync(comment, CancellationToken.None)).Comment;
    }
}
