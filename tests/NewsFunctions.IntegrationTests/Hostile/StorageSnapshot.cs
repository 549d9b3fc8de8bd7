using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace NewsFunctions.IntegrationTests.Hostile;

// Everything the account holds, down to each entity's ETag and each queue's message count: two
// equal snapshots mean that nothing was stored, changed or enqueued in between.
public static class StorageSnapshot
{
    public static async Task<SortedSet<string>> TakeAsync(string connectionString)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                rows.Add($"table {table.Name}: {entity.PartitionKey} / {entity.RowKey} @ {entity.ETag}");
            }
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            var properties = await queues.GetQueueClient(queue.Name).GetPropertiesAsync();
            rows.Add($"queue {queue.Name}: {properties.Value.ApproximateMessagesCount} messages");
        }

        return rows;
    }
}
