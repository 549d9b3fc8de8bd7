using System.Collections.Concurrent;
using Azure;
using NewsFunctions.Comments;
using NewsFunctions.Storage;

namespace NewsFunctions.Counters;

// The site's counts by status, kept exact without reading the comments: each counted comment has a
// marker row saying which status it is counted under, and a marker and its shard's counts change in
// one transaction. A caller never says what the status is: the counter reads it from the comment
// (the truth) after reading the shard, and commits only if the shard did not change since, so the
// last transaction to commit saw the last status, whatever order racing callers ran in.
//
// As with an article's commentCount, the changes for one shard wait in a list and one writer at a
// time applies all of them in a single transaction.
public sealed class StatusCounter : IStatusCounter
{
    private const int MaxRetries = 40;

    // An entity-group transaction holds at most 100 operations: 99 markers and the counts.
    private const int MaxChangesPerTransaction = 99;

    private readonly CounterStore store;
    private readonly CommentStatusScan statuses;
    private readonly WriteCoalescer<Sync> changes;
    private readonly ConcurrentDictionary<int, ShardState> lastStates = new();

    public StatusCounter(CounterStore store, CommentStatusScan statuses)
    {
        this.store = store;
        this.statuses = statuses;
        changes = new(
            waiting => Math.Min(waiting.Count, MaxChangesPerTransaction),
            (shard, ids) => ApplyAsync(int.Parse(shard, System.Globalization.CultureInfo.InvariantCulture), ids, CancellationToken.None));
    }

    public Task SyncAsync(string commentId, CancellationToken cancellationToken)
        => changes.WriteAsync(ShardKey(commentId), new Sync(commentId, null), cancellationToken);

    public Task SyncCreatedAsync(string commentId, string status, CancellationToken cancellationToken)
        => changes.WriteAsync(ShardKey(commentId), new Sync(commentId, status), cancellationToken);

    private static string ShardKey(string commentId) => CounterShards.Of(commentId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<SiteCounts> ReadAsync(CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, CounterShards.Count).Select(shard => store.ReadShardAsync(shard, cancellationToken)));
        var walk = await store.ReadWalkAsync(cancellationToken);
        var counts = shards.Aggregate(StatusCounts.Zero, (sum, shard) => sum.Plus(shard.Counts));

        // Reconciled when the walk through the comments and every shard's recount have each ended once.
        DateTimeOffset?[] ends = [walk.CheckedAt, .. shards.Select(s => s.RecountedAt)];
        return new SiteCounts(counts, ends.Any(e => e is null) ? null : ends.Min());
    }

    private async Task ApplyAsync(int shard, IReadOnlyList<Sync> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(s => s.CommentId).Distinct(StringComparer.Ordinal).ToList();

        // Statuses known from a creation stand until a transaction fails: the marker a moderator's
        // sync added in between makes the Add fail, and then every status is read.
        var known = batch.GroupBy(s => s.CommentId, StringComparer.Ordinal)
            .Where(g => g.All(s => s.CreatedWith is not null))
            .ToDictionary(g => g.Key, g => g.Last().CreatedWith, StringComparer.Ordinal);

        // Markers not read are taken to be missing (a new comment has none), so a new comment's count
        // is one transaction; an Add that finds its marker fails it, and from then on they are read.
        // They are read after the shard: one that moved before the shard was read is seen, and one
        // that moves after makes the commit fail on the shard's ETag.
        var readMarkers = false;
        for (var attempt = 0; ; attempt++)
        {
            ShardState? last = null;
            var remembered = attempt == 0 && lastStates.TryRemove(shard, out last);
            var state = remembered ? last! : await store.ReadShardAsync(shard, cancellationToken);
            var markersRead = readMarkers ? store.ReadMarkersAsync(shard, ids, cancellationToken) : Task.FromResult(new Dictionary<string, string?>());
            var stored = await Task.WhenAll(ids.Select(id => !readMarkers && known.TryGetValue(id, out var status)
                ? Task.FromResult(status)
                : statuses.GetStatusAsync(id, cancellationToken)));
            var markers = await markersRead;
            var pending = ids.Zip(stored)
                .Select(x => new MarkerChange(x.First, markers.GetValueOrDefault(x.First), x.Second))
                .Where(c => c.From != c.To)
                .ToList();
            if (pending.Count == 0)
            {
                return;
            }

            try
            {
                lastStates[shard] = await store.CommitAsync(shard, state, pending, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 404 && attempt < MaxRetries)
            {
                readMarkers = true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && remembered)
            {
                // Another instance wrote the shard since: read it now.
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxRetries)
            {
                // The markers may have moved with the counts.
                readMarkers = true;
                await RacePause.AfterLostRoundAsync(attempt, cancellationToken);
            }
        }
    }

    private sealed record Sync(string CommentId, string? CreatedWith);
}
