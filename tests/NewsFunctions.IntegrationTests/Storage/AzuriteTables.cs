using Azure.Data.Tables;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Storage;

// One in-memory Azurite with the app's tables for a class of store tests. Each test keeps to its
// own partitions, slugs or tables, so the tests of a class can share it.
public sealed class AzuriteTables : IAsyncLifetime
{
    public AzuriteServer Storage { get; private set; } = null!;

    public TableServiceClient Tables { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteServer.StartAsync();
        Tables = new TableServiceClient(Storage.ConnectionString);
        foreach (var name in TableNames.All)
        {
            await Tables.CreateTableIfNotExistsAsync(name);
        }
    }

    public async Task DisposeAsync() => await Storage.DisposeAsync();
}
