using Azure.Data.Tables;

namespace NewsFunctions.Storage;

// Upserts rows of one table, writing the rows that concurrent callers send to the same partition in
// one entity-group transaction. The queue function moderates up to batchSize comments at once and
// each writes a row into its status partition and its article's public partition: together they
// become one request per partition instead of one per row.
public sealed class UpsertBatcher
{
    // An entity-group transaction holds at most 100 operations and 4 MiB of request body.
    private const int MaxPerTransaction = 100;
    private const int MaxTransactionBytes = 3 * 1024 * 1024;

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
    // so the later write still lands last. Public rows carry comments of up to 10,000 characters,
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
