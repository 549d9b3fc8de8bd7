using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Reports;

// Rows of `commentindex`, one partition per reported comment: r-{comment id} / {address hash}. The
// address hash as the row key makes "one report per comment per address" the table's own rule, and
// a comment's reports are one range read, however many of its rows there are.
public sealed class ReportStore(TableServiceClient tableService) : IReportStore
{
    private readonly TableClient index = tableService.GetTableClient(TableNames.CommentIndex);

    public async Task<IReadOnlyList<string>> RecordAsync(
        string commentId, IReadOnlyList<string> addressHashes, string reason, string? note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var partition = Partition(commentId);
        try
        {
            await index.AddEntityAsync(new TableEntity(partition, addressHashes[0]) { ["Reason"] = reason, ["Note"] = note, ["At"] = at }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // This address reported it already: nothing changes.
        }

        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "Reason", "Note", "At"], cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        // The address reported it before a rotation: that first report stands, moved to the current
        // key so it still counts once after the previous secret is cleared. Two requests, paid only
        // by a reader who reports the same comment again across a rotation.
        if (addressHashes.Skip(1).FirstOrDefault(rows.ContainsKey) is { } earlier)
        {
            var first = rows[earlier];
            await index.UpsertEntityAsync(new TableEntity(partition, addressHashes[0]) { ["Reason"] = first.GetString("Reason"), ["Note"] = first.GetString("Note"), ["At"] = first.GetDateTimeOffset("At") },
                TableUpdateMode.Replace, cancellationToken);
            await index.DeleteEntityAsync(partition, earlier, ETag.All, cancellationToken);
            rows.Remove(earlier);
            rows[addressHashes[0]] = first;
        }

        return [.. rows.Values.Select(r => r.GetString("Reason") ?? "other")];
    }

    public async Task<int> ForgetAsync(IEnumerable<string> commentIds, IEnumerable<string> addressHashes, CancellationToken cancellationToken)
    {
        var rows = new HashSet<(string Partition, string Row)>();
        foreach (var id in commentIds)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(id)}");
            await foreach (var row in index.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                rows.Add((row.PartitionKey, row.RowKey));
            }
        }

        // A reporter's rows sit under the comments they reported: one range scan over the report
        // partitions per address, paid only by an erasure.
        foreach (var address in addressHashes)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"r-"} and PartitionKey lt {"r."} and RowKey eq {address}");
            await foreach (var row in index.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                rows.Add((row.PartitionKey, row.RowKey));
            }
        }

        foreach (var (partition, row) in rows)
        {
            await index.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        return rows.Count;
    }

    internal static string Partition(string commentId) => "r-" + commentId;
}
