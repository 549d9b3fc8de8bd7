using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Storage;

// The batcher on real Azurite: every caller's row is stored, in fewer requests than rows, rows that
// exist are left as they are, and a failed request fails every caller whose row was in it.
public sealed class InsertBatcherTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>, IAsyncLifetime
{
    private readonly RequestLog requests = new();
    private TableClient table = null!;

    // A table of its own per test: the first test counts every row of it.
    public async Task InitializeAsync()
    {
        table = requests.Tables(azurite.Storage.ConnectionString).GetTableClient("batcher" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Insert_ManyConcurrentRowsInThreePartitions_StoresEveryRowInFewerRequests()
    {
        var batcher = new InsertBatcher(table);
        var before = requests.Count;

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() =>
            batcher.InsertAsync(new TableEntity($"p{i % 3}", $"r{i:D3}") { ["N"] = i }, CancellationToken.None))));

        var sent = requests.Count - before;
        var stored = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(300, stored.Count);
        Assert.All(stored, e => Assert.Equal($"r{e.GetInt32("N"):D3}", e.RowKey));
        // The first row of each partition goes alone; the rest wait and go together.
        Assert.InRange(sent, 3, 150);
    }

    [Fact]
    public async Task InsertMissing_RoundWithRowsThatExist_StoresEveryRowInTwoRequests()
    {
        await table.AddEntityAsync(new TableEntity("mixed", "r03") { ["V"] = "first" });
        await table.AddEntityAsync(new TableEntity("mixed", "r07") { ["V"] = "first" });
        var round = Enumerable.Range(0, 10).Select(i => new TableEntity("mixed", $"r{i:D2}") { ["V"] = i is 3 or 7 ? "first" : "new" }).ToList();

        var before = requests.Count;
        await InsertBatcher.InsertMissingAsync(table, round);
        var sent = requests.Count - before;

        var stored = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "mixed").ToListAsync();
        Assert.Equal(round.Select(r => r.RowKey), stored.Select(e => e.RowKey));
        Assert.Equal(round.Select(r => r.GetString("V")), stored.Select(e => e.GetString("V")));

        // A transaction of inserts that fails on r03, then one of upserts: not a request per stored row.
        Assert.Equal(2, sent);
    }

    [Fact]
    public async Task InsertMissing_RoundOfNewRows_IsOneRequest()
    {
        var round = Enumerable.Range(0, 10).Select(i => new TableEntity("fresh", $"r{i:D2}")).ToList();

        var before = requests.Count;
        await InsertBatcher.InsertMissingAsync(table, round);

        Assert.Equal(1, requests.Count - before);
        Assert.Equal(10, (await table.QueryAsync<TableEntity>(e => e.PartitionKey == "fresh").ToListAsync()).Count);
    }

    [Fact]
    public async Task Insert_SameRowTwiceWithoutWaiting_BothCallersCompleteAndTheRowIsStoredOnce()
    {
        var batcher = new InsertBatcher(table);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => batcher.InsertAsync(new TableEntity("same", "row") { ["V"] = "text" }, CancellationToken.None)));

        var stored = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "same").ToListAsync();
        Assert.Equal("text", Assert.Single(stored).GetString("V"));
    }

    [Fact]
    public async Task Insert_RequestFails_EveryCallerInItGetsTheError()
    {
        var missing = azurite.Tables.GetTableClient("nosuchtable");
        var batcher = new InsertBatcher(missing);

        var writes = Enumerable.Range(0, 10).Select(i => batcher.InsertAsync(new TableEntity("p", $"r{i}"), CancellationToken.None)).ToList();

        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAnyAsync<RequestFailedException>(() => write);
            Assert.Equal(404, error.Status);
        }
    }
}
