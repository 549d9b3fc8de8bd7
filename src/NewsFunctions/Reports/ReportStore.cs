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
        string commentId, string addressHash, string reason, string? note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var partition = Partition(commentId);
        try
        {
            await index.AddEntityAsync(new TableEntity(partition, addressHash) { ["Reason"] = reason, ["Note"] = note, ["At"] = at }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // This address reported it already: nothing changes.
        }

        var reasons = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Reason"], cancellationToken: cancellationToken))
        {
            reasons.Add(row.GetString("Reason") ?? "other");
        }

        return reasons;
    }

    internal static string Partition(string commentId) => "r-" + commentId;
}
