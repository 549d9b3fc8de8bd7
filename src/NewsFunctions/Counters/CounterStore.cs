using Azure;
using Azure.Data.Tables;
using NewsFunctions.Comments;
using NewsFunctions.Storage;

namespace NewsFunctions.Counters;

// The counter rows, in `commentindex`: per shard c-{n}, the counts row and one marker row m-{id}
// per counted comment (its Status is the status the comment is counted under), so a marker and the
// counts change in one entity-group transaction; and c-walk/state, the reconciler's walk.
public sealed class CounterStore(TableServiceClient tableService)
{
    private const string RecountedPrefix = "r_";

    private readonly TableClient table = tableService.GetTableClient(TableNames.CommentIndex);

    public async Task<ShardState> ReadShardAsync(int shard, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CounterShards.Partition(shard), CounterShards.CountsRow, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : ShardState.Empty;
    }

    // The status each comment is counted under, null for none.
    public async Task<Dictionary<string, string?>> ReadMarkersAsync(int shard, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(ids.Select(async id =>
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(CounterShards.Partition(shard), CounterShards.MarkerKey(id), select: ["Status"], cancellationToken: cancellationToken);
            return (Id: id, Status: row.HasValue ? row.Value!.GetString("Status") : null);
        }));
        return read.ToDictionary(r => r.Id, r => r.Status, StringComparer.Ordinal);
    }

    // The markers of a shard from one id to another: one range read.
    public async Task<Dictionary<string, string>> ReadMarkerRangeAsync(int shard, string firstId, string lastId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {CounterShards.Partition(shard)} and RowKey ge {CounterShards.MarkerKey(firstId)} and RowKey le {CounterShards.MarkerKey(lastId)}");
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "Status"], cancellationToken: cancellationToken))
        {
            found[CounterShards.IdOf(row.RowKey)] = row.GetString("Status") ?? "";
        }

        return found;
    }

    // The markers and the counts in one transaction, conditional on the counts row's ETag: every
    // marker change goes through this row, so an unchanged ETag means unchanged markers too. An Add
    // of a marker that exists (409) or an update of one that does not (404) fails it all.
    public async Task<ShardState> CommitAsync(int shard, ShardState state, IReadOnlyList<MarkerChange> changes, CancellationToken cancellationToken)
    {
        var partition = CounterShards.Partition(shard);
        var actions = changes.Select(change =>
        {
            var marker = new TableEntity(partition, CounterShards.MarkerKey(change.CommentId)) { ["Status"] = change.To };
            return change switch
            {
                { From: null } => new TableTransactionAction(TableTransactionActionType.Add, marker),
                { To: null } => new TableTransactionAction(TableTransactionActionType.Delete, marker, ETag.All),
                _ => new TableTransactionAction(TableTransactionActionType.UpdateReplace, marker, ETag.All),
            };
        }).ToList();
        var next = state.Apply(changes);
        actions.Add(CountsAction(shard, next, state.ETag));

        var results = await table.SubmitTransactionAsync(actions, cancellationToken);
        return next with { ETag = results.Value[^1].Headers.ETag?.ToString() };
    }

    // One page of a shard's markers after a key, in key order, for the recount.
    public async Task<(IReadOnlyList<(string MarkerKey, string Status)> Page, bool HasMore)> ReadRecountPageAsync(
        int shard, string afterKey, int limit, CancellationToken cancellationToken)
    {
        var after = afterKey.Length == 0 ? CounterShards.MarkersStart : afterKey;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {CounterShards.Partition(shard)} and RowKey gt {after} and RowKey lt {CounterShards.MarkersEnd}");
        var (rows, hasMore) = await table.ReadFilteredPageAsync(filter, limit, select: ["RowKey", "Status"], cancellationToken);
        return (rows.Select(row => (row.RowKey, row.GetString("Status") ?? "")).ToList(), hasMore);
    }

    // Conditional on the state's ETag: throws RequestFailedException 412 if a transaction came between.
    public async Task<ShardState> ReplaceShardAsync(int shard, ShardState state, ShardState next, CancellationToken cancellationToken)
    {
        var results = await table.SubmitTransactionAsync([CountsAction(shard, next, state.ETag)], cancellationToken);
        return next with { ETag = results.Value[0].Headers.ETag?.ToString() };
    }

    public async Task<WalkState> ReadWalkAsync(CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CounterShards.WalkPartition, CounterShards.WalkRow, cancellationToken: cancellationToken);
        return row.HasValue ? new WalkState(row.Value!.GetString("After") ?? "", row.Value.GetDateTimeOffset("CheckedAt")) : WalkState.Start;
    }

    // Timer functions run on one instance at a time, so the walk's row has a single writer.
    public Task SaveWalkAsync(WalkState walk, CancellationToken cancellationToken)
        => table.UpsertEntityAsync(
            new TableEntity(CounterShards.WalkPartition, CounterShards.WalkRow) { ["After"] = walk.After, ["CheckedAt"] = walk.CheckedAt },
            TableUpdateMode.Replace, cancellationToken);

    private static TableTransactionAction CountsAction(int shard, ShardState next, string? etag)
    {
        var row = new TableEntity(CounterShards.Partition(shard), CounterShards.CountsRow)
        {
            ["RecountAfter"] = next.RecountAfter,
            ["RecountedAt"] = next.RecountedAt,
        };
        foreach (var status in CommentStatuses.All)
        {
            row[status] = next.Counts.Of(status);
            row[RecountedPrefix + status] = next.Recounted.Of(status);
        }

        return etag is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(etag));
    }

    private static ShardState FromEntity(TableEntity row)
    {
        StatusCounts Read(string prefix) => new(
            row.GetInt32(prefix + CommentStatuses.Pending) ?? 0, row.GetInt32(prefix + CommentStatuses.Approved) ?? 0,
            row.GetInt32(prefix + CommentStatuses.Spam) ?? 0, row.GetInt32(prefix + CommentStatuses.Rejected) ?? 0,
            row.GetInt32(prefix + CommentStatuses.Deleted) ?? 0);
        return new ShardState(Read(""), row.GetString("RecountAfter") ?? "", Read(RecountedPrefix), row.GetDateTimeOffset("RecountedAt"), row.ETag.ToString());
    }
}
