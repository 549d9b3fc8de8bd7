using Azure;
using Azure.Data.Tables;

namespace NewsFunctions.Storage;

// Inserts rows that never change once written (a comment's index rows: its text and status row
// are fixed), writing the rows that concurrent callers send to the same partition in one
// entity-group transaction. The queue function moderates up to batchSize comments at once and each
// writes a row into its article's public partition (or its status partition): together they become
// one request per partition instead of one per row. A row that exists already (a redelivery, a
// retried action) holds what writing it again stores; an insert costs storage one lookup of the
// row where an upsert costs two, so rows go as inserts first.
public sealed class InsertBatcher
{
    // An entity-group transaction holds at most 100 operations and 4 MiB of request body.
    private const int MaxPerTransaction = 100;
    private const int MaxTransactionBytes = 3 * 1024 * 1024;

    private readonly WriteCoalescer<TableEntity> rounds;

    public InsertBatcher(TableClient table)
    {
        rounds = new(RoundSize, (_, rows) => InsertMissingAsync(table, rows));
    }

    public Task InsertAsync(TableEntity entity, CancellationToken cancellationToken)
        => rounds.WriteAsync(entity.PartitionKey, entity, cancellationToken);

    // The common round has no row that exists, and goes as inserts. A transaction fails as a whole
    // on its first row that exists: then some rows are written already (a redelivered batch, a
    // retried action), and the round goes again as upserts, which store the same unchanging rows,
    // so a round costs at most two requests however many of its rows exist.
    internal static async Task InsertMissingAsync(TableClient table, IReadOnlyList<TableEntity> rows)
    {
        if (rows.Count == 1)
        {
            try
            {
                await table.AddEntityAsync(rows[0], CancellationToken.None);
            }
            catch (RequestFailedException ex) when (ex.Status is 409)
            {
            }

            return;
        }

        try
        {
            await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), CancellationToken.None);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409)
        {
            await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), CancellationToken.None);
        }
    }

    // A transaction may not touch one row twice: a second write of a row waits for the next round.
    // Public rows carry comments of up to 10,000 characters, which the SDK's JSON writes as \uXXXX
    // (6 bytes each) when they are Arabic: a hundred of them would pass the 4 MiB a transaction may
    // hold, so a round also stops at MaxTransactionBytes.
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
