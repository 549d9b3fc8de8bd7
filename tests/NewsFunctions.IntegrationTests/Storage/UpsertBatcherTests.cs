using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Storage;

// The batcher on real Azurite: every caller's row is stored, in fewer requests than rows, and a
// failed request fails every caller whose row was in it.
public sealed class UpsertBatcherTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>, IAsyncLifetime
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
    public async Task Upsert_ManyConcurrentRowsInThreePartitions_StoresEveryRowInFewerRequests()
    {
        var batcher = new UpsertBatcher(table);
        var before = requests.Count;

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() =>
            batcher.UpsertAsync(new TableEntity($"p{i % 3}", $"r{i:D3}") { ["N"] = i }, CancellationToken.None))));

        var sent = requests.Count - before;
        var stored = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(300, stored.Count);
        Assert.All(stored, e => Assert.Equal($"r{e.GetInt32("N"):D3}", e.RowKey));
        // The first row of each partition goes alone; the rest wait and go together.
        Assert.InRange(sent, 3, 150);
    }

    [Fact]
    public async Task Upsert_SameRowTwiceWithoutWaiting_TheLaterWriteLandsLast()
    {
        var batcher = new UpsertBatcher(table);

        var writes = Enumerable.Range(1, 20).Select(v => batcher.UpsertAsync(new TableEntity("same", "row") { ["V"] = v }, CancellationToken.None)).ToList();
        await Task.WhenAll(writes);

        var row = await table.GetEntityAsync<TableEntity>("same", "row");
        Assert.Equal(20, row.Value.GetInt32("V"));
    }

    [Fact]
    public async Task Upsert_RequestFails_EveryCallerInItGetsTheError()
    {
        var missing = azurite.Tables.GetTableClient("nosuchtable");
        var batcher = new UpsertBatcher(missing);

        var writes = Enumerable.Range(0, 10).Select(i => batcher.UpsertAsync(new TableEntity("p", $"r{i}"), CancellationToken.None)).ToList();

        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAnyAsync<RequestFailedException>(() => write);
            Assert.Equal(404, error.Status);
        }
    }
}
