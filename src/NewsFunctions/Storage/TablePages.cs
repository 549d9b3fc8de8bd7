using Azure.Data.Tables;

namespace NewsFunctions.Storage;

public static class TablePages
{
    // One page of a partition, in key order after `afterKey`: a single range read.
    public static Task<(List<TableEntity> Rows, bool HasMore)> ReadPageAsync(
        this TableClient table, string partition, int limit, string? afterKey, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var filter = afterKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {afterKey}");
        return table.ReadFilteredPageAsync(filter, limit, select, cancellationToken);
    }

    // The first `limit` rows the filter matches, in key order. A filter on other properties may make
    // the service answer with short pages; the query follows them until the page is full.
    public static async Task<(List<TableEntity> Rows, bool HasMore)> ReadFilteredPageAsync(
        this TableClient table, string filter, int limit, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        // One row more than the page tells whether a next page exists without a second query.
        var rows = new List<TableEntity>(limit + 1);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: limit + 1, select: select, cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count > limit)
            {
                break;
            }
        }

        var hasMore = rows.Count > limit;
        return (hasMore ? rows[..limit] : rows, hasMore);
    }
}
