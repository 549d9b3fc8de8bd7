using Azure.Data.Tables;
using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Moderation;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Moderation;

// The local host runs the app's timer functions: ForgetOldAddresses, asked to run at start, clears
// an address older than the retention. Its own Azurite: retention reaches every comment.
[Collection(Desk.DeskCollection.Name)]
public sealed class AddressRetentionTimerTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    [Fact]
    public async Task LocalHost_RunTimersAtStart_RunsForgetOldAddressesAndKeepsItsSchedule()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-31);
        var comments = new CommentStore(azurite.Tables);
        var comment = new StoredComment(CommentIds.New(old), "timer", null, 1, "قارئ", "reader@example.com", "avatar", "نص", null, "timer-address",
            old, CommentStatuses.Approved, [], 0, []);
        await comments.AddAsync(comment, CancellationToken.None);
        await new ReaderClaimStore(azurite.Tables).SwapLatestSubmissionAsync("itimer-address", comment.Id, old, CancellationToken.None);

        await using var host = await LocalHostProcess.StartAsync(azurite.Storage.ConnectionString, new Dictionary<string, string>
        {
            ["DevHost__RunTimersAtStart"] = "true",
            ["Comments__AddressRetentionDays"] = "30",
        });

        await Poll.UntilAsync(
            async () => (await comments.GetAsync(comment.Id, CancellationToken.None))!.IpHash,
            ipHash => ipHash is null,
            TimeSpan.FromSeconds(30),
            "the timer to clear the old address hash",
            explain: _ => host.Output);
        var index = azurite.Tables.GetTableClient(TableNames.CommentIndex);
        Assert.False((await index.GetEntityIfExistsAsync<TableEntity>("f-itimer-address", "latest")).HasValue);
        Assert.Contains("ForgetOldAddresses ran; next at", host.Output);
    }
}
