using Azure;
using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;

namespace NewsFunctions.Counters;

// Checks the counters against the comments, a bounded piece per run, resuming where the last run
// stopped. Two walks: through the comments, making each one's marker agree with its stored status
// (a crash between a status change and its count leaves a marker behind, and nobody may retry); and
// through each shard's markers, recounting them, so counts that went wrong whatever the cause are
// replaced by the markers' tally when the recount ends.
public sealed class CounterReconciler(
    CounterStore store, CommentStatusScan statuses, IStatusCounter counter, ReconcileLimits limits, TimeProvider clock, ILogger<CounterReconciler> logger)
{
    // A recount page that loses to a transaction on its shard is read again; a shard busy enough to
    // win every time is left to the next run.
    private const int RecountTries = 3;

    public async Task<ReconcileRun> RunAsync(CancellationToken cancellationToken)
    {
        var (walked, repaired, ended) = await WalkCommentsAsync(cancellationToken);
        var shardsRepaired = 0;
        for (var shard = 0; shard < CounterShards.Count; shard++)
        {
            shardsRepaired += await RecountAsync(shard, cancellationToken) ? 1 : 0;
        }

        logger.LogInformation("Counters reconciled: {Checked} comments checked, {Repaired} markers and {Shards} shards repaired", walked, repaired, shardsRepaired);
        return new ReconcileRun(walked, repaired, shardsRepaired, ended);
    }

    private async Task<(int Checked, int Repaired, bool Ended)> WalkCommentsAsync(CancellationToken cancellationToken)
    {
        var walk = await store.ReadWalkAsync(cancellationToken);
        var (walked, repaired) = (0, 0);
        for (var page = 0; page < limits.WalkPages; page++)
        {
            var (rows, hasMore) = await statuses.ReadPageAsync(walk.After, limits.PageSize, cancellationToken);
            if (rows.Count > 0)
            {
                // The page's ids are consecutive, so each shard's markers for them are one range read.
                var markers = await Task.WhenAll(rows.GroupBy(r => CounterShards.Of(r.Id))
                    .Select(g => store.ReadMarkerRangeAsync(g.Key, g.First().Id, g.Last().Id, cancellationToken)));
                var counted = markers.SelectMany(m => m).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
                var stale = rows.Where(r => counted.GetValueOrDefault(r.Id) != r.Status).Select(r => r.Id).ToList();

                // The counter reads the status again: one that changed since this page was read counts as it is now.
                await Task.WhenAll(stale.Select(id => counter.SyncAsync(id, cancellationToken)));
                (walked, repaired) = (walked + rows.Count, repaired + stale.Count);
            }

            walk = hasMore ? walk with { After = rows[^1].Id } : new WalkState("", clock.GetUtcNow());
            await store.SaveWalkAsync(walk, cancellationToken);
            if (!hasMore)
            {
                return (walked, repaired, true);
            }
        }

        return (walked, repaired, false);
    }

    // True if this run ended the shard's recount and the recount differed from its counts.
    private async Task<bool> RecountAsync(int shard, CancellationToken cancellationToken)
    {
        for (var (page, tries) = (0, 0); page < limits.RecountPages && tries < RecountTries;)
        {
            // The counts row first, then the page: a transaction in between changes the row's ETag,
            // and the conditional write below fails instead of recording a tally of moved markers.
            var state = await store.ReadShardAsync(shard, cancellationToken);
            var (markers, hasMore) = await store.ReadRecountPageAsync(shard, state.RecountAfter, limits.PageSize, cancellationToken);
            var next = state.AfterRecountPage(markers, hasMore, clock.GetUtcNow());
            try
            {
                await store.ReplaceShardAsync(shard, state, next, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                tries++;
                continue;
            }

            if (!hasMore)
            {
                if (next.Counts != state.Counts)
                {
                    logger.LogWarning("Shard {Shard} counted {Counted}, its markers {Recounted}: replaced", shard, state.Counts, next.Counts);
                    return true;
                }

                return false;
            }

            page++;
        }

        return false;
    }
}
