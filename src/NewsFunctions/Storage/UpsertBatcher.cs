using Azure.Data.Tables;

namespace NewsFunctions.Storage;

// Upserts rows of one table, writing the rows that concurrent callers send to the same partition in
// one entity-group transaction. The queue function moderates up to batchSize comments at once and
// each writes a row into its status partition and its article's public partition: together they
// become one request per partition instead of one per row.
public sealed class UpsertBatcher
{
    // An entity-group transaction holds at most 100 operations.
    private const int MaxPerTransaction = 100;

    private readonly WriteCoalescer<TableEntity> rounds;

    public UpsertBatcher(TableClient table)
    {
        rounds = new(RoundSize, async (_, rows) =>
        {
            if (rows.Count == 1)
            {
                await table.UpsertEntityAsync(rows[0], TableUpdateMode.Replace, CancellationToken.None);
            }
            else
            {
                await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), CancellationToken.None);
            }
        });
    }

    public Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken)
        => rounds.WriteAsync(entity.PartitionKey, entity, cancellationToken);

    // A transaction may not touch one row twice: a second write of a row waits for the next round,
    // so the later write still lands last.
    private static int RoundSize(IReadOnlyList<TableEntity> waiting)
    {
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var size = 0;
        while (size < waiting.Count && size < MaxPerTransaction && rowKeys.Add(waiting[size].RowKey))
        {
            size++;
        }

        return size;
    }
}
