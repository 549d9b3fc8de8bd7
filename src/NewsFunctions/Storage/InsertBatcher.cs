using Azure;
using Azure.Data.Tables;

namespace NewsFunctions.Storage;

// Inserts rows that never change once written (a comment's index rows: its text and status row
// are fixed), writing the rows that concurrent callers send to the same partition in one
// entity-group transaction. The queue function moderates up to batchSize comments at once and each
// writes a row into its article's public partition (or its status partition): together they become
// one request per partition instead of one per row. A row that exists already (a redelivery, a
// retried action) is left as it is, which is what writing it again would have stored; an insert
// costs storage one lookup of the row where an upsert costs two.
public sealed class InsertBatcher
{
    // An entity-group transaction holds at most 100 operations and 4 MiB of request body.
    private const int MaxPerTransaction = 100;
    private const int MaxTransactionBytes = 3 * 1024 * 1024;

    private readonly WriteCoalescer<TableEntity> rounds;

    public InsertBatcher(TableClient table)
    {
        rounds = new(RoundSize, (_, rows) => InsertMissingAsync(table, [.. rows]));
    }

    public Task InsertAsync(TableEntity entity, CancellationToken cancellationToken)
        => rounds.WriteAsync(entity.PartitionKey, entity, cancellationToken);

    // A transaction fails as a whole on its first row that exists, and names it: that row is done,
    // and the rest goes again.
    private static async Task InsertMissingAsync(TableClient table, List<TableEntity> rows)
    {
        while (rows.Count > 1)
        {
            try
            {
                await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), CancellationToken.None);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 && ex.FailedTransactionActionIndex is int existing && existing < rows.Count)
            {
                rows.RemoveAt(existing);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409)
            {
                // The service did not say which row: each on its own.
                await Task.WhenAll(rows.Select(row => InsertUnlessExistsAsync(table, row)));
                return;
            }
        }

        if (rows.Count == 1)
        {
            await InsertUnlessExistsAsync(table, rows[0]);
        }
    }

    private static async Task InsertUnlessExistsAsync(TableClient table, TableEntity row)
    {
        try
        {
            await table.AddEntityAsync(row, CancellationToken.None);
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
        }
    }

    // A transaction may not touch one row twice: a second write of a row waits for the next round.
    // Public rows carry comments of up to 10,000 characters,
    // which the SDK's JSON writes as \uXXXX (6 bytes each) when they are Arabic: a hundred of them
    // would pass the 4 MiB a transaction may hold, so a round also stops at MaxTransactionBytes.
    internal static int RoundSize(IReadOnlyList<TableEntity> waiting)
    {
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var size = 0;
        long bytes = 0;
        while (size < waiting.Count && size < MaxPerTransaction && rowKeys.Add(waiting[size].RowKey))
        {
            bytes += EstimatedBytes(waiting[size]);
            if (size > 0 && bytes > MaxTransactionBytes)
            {
                break;
            }

            size++;
        }

        return size;
    }

    // An upper bound: every character escaped, and a generous allowance for each property's name,
    // type annotation and the operation's own MIME headers.
    private static long EstimatedBytes(TableEntity entity)
        => 1024 + entity.Sum(p => 64 + 6L * (p.Key.Length + ((p.Value as string)?.Length ?? 0)));
}
