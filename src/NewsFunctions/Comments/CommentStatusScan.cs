using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Comments;

// Only the status of comments, from their main entities (the truth): for the status counters,
// which count what is stored, never what a caller believes it stored.
public sealed class CommentStatusScan(TableServiceClient tableService)
{
    private readonly TableClient comments = tableService.GetTableClient(TableNames.Comments);

    public async Task<string?> GetStatusAsync(string id, CancellationToken cancellationToken)
    {
        var response = await comments.GetEntityIfExistsAsync<TableEntity>(id, CommentKeys.MainRow, select: ["Status"], cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.GetString("Status") : null;
    }

    // Comments after an id, oldest first (the partition key is the id): one page of a walk through
    // every comment.
    public async Task<(IReadOnlyList<(string Id, string Status)> Rows, bool HasMore)> ReadPageAsync(string afterId, int limit, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey gt {afterId} and RowKey eq {CommentKeys.MainRow}");
        var (rows, hasMore) = await comments.ReadFilteredPageAsync(filter, limit, select: ["PartitionKey", "Status"], cancellationToken);
        return (rows.Select(row => (row.PartitionKey, row.GetString("Status") ?? "")).ToList(), hasMore);
    }
}
