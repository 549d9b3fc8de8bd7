using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Articles;

// An article's commentCount. A marker row per counted comment sits in the article's own partition,
// so the markers and the count change in one entity-group transaction: all happen or none does.
//
// Every approval of a popular article updates the same entity, and concurrent conditional updates
// would lose almost every race to each other. So the changes for one article wait in a list and one
// writer at a time applies all of them in a single transaction; callers return once the
// transaction holding theirs is committed.
public sealed class CommentCounter : ICommentCounter
{
    private const string CountedCommentPrefix = "counted-";
    private const int MaxRetries = 40;
    private const int MaxRememberedCounts = 256;

    // An entity-group transaction holds at most 100 operations: 99 markers and the count.
    private const int MaxChangesPerTransaction = 99;

    private readonly TableClient articles;
    private readonly ArticleCache cache;
    private readonly WriteCoalescer<CountChange> changes;
    private readonly ConcurrentDictionary<string, (int Count, ETag ETag)> lastCounts = new(StringComparer.Ordinal);

    public CommentCounter(TableServiceClient tableService, ArticleCache cache)
    {
        articles = tableService.GetTableClient(TableNames.Articles);
        this.cache = cache;
        changes = new(
            waiting => Math.Min(waiting.Count, MaxChangesPerTransaction),
            (slug, batch) => ApplyAsync(slug, batch, CancellationToken.None));
    }

    public Task SetCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken)
        => changes.WriteAsync(slug, new CountChange(commentId, counted), cancellationToken);

    private async Task ApplyAsync(string slug, IReadOnlyList<CountChange> batch, CancellationToken cancellationToken)
    {
        // The last change for a comment wins; a transaction may not touch one row twice.
        var wanted = batch.GroupBy(c => c.CommentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Counted, StringComparer.Ordinal);

        // Whether each marker exists. Unknown ones are taken to need the change (a new comment has
        // no marker yet), so the common batch is one transaction.
        var exists = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            // The count and ETag this instance's last transaction left save a read; any other
            // write to the article since (another instance, an edit) fails it with 412.
            (int Count, ETag ETag) last = default;
            var remembered = attempt == 0 && lastCounts.TryRemove(slug, out last);
            var current = remembered ? last : await ReadCountAsync(slug, cancellationToken);
            var pending = wanted.Where(w => !exists.TryGetValue(w.Key, out var marked) || marked != w.Value).ToList();
            if (current is null || pending.Count == 0)
            {
                return;
            }

            try
            {
                await CommitAsync(slug, pending, current.Value, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 404 && attempt < MaxRetries)
            {
                // An Add that found its marker (409) or a Delete that found none (404): some change
                // is already done. One range read finds which markers of the batch exist.
                await ReadMarkersAsync(slug, pending.Select(c => c.Key).ToList(), exists, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && remembered)
            {
                // Someone else wrote the article since: read it now.
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxRetries)
            {
                await RacePause.AfterLostRoundAsync(attempt, cancellationToken);
            }
        }
    }

    private async Task CommitAsync(string slug, List<KeyValuePair<string, bool>> pending, (int Count, ETag ETag) current, CancellationToken cancellationToken)
    {
        var actions = pending.Select(w => w.Value
            ? new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(slug, CountedCommentPrefix + w.Key))
            : new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(slug, CountedCommentPrefix + w.Key), ETag.All)).ToList();
        var count = Math.Max(0, current.Count + pending.Sum(w => w.Value ? 1 : -1));
        actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(slug, ArticleStore.ArticleRow) { ["CommentCount"] = count }, current.ETag));

        var results = await articles.SubmitTransactionAsync(actions, cancellationToken);
        if (results.Value[^1].Headers.ETag is not { } etag)
        {
            cache.Forget(slug);
        }
        else
        {
            cache.CountChanged(slug, count, etag.ToString());
            if (lastCounts.Count >= MaxRememberedCounts)
            {
                lastCounts.Clear();
            }

            lastCounts[slug] = (count, etag);
        }
    }

    private async Task<(int Count, ETag ETag)?> ReadCountAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await articles.GetEntityIfExistsAsync<TableEntity>(slug, ArticleStore.ArticleRow, select: ["CommentCount"], cancellationToken: cancellationToken);
        return article.HasValue ? (article.Value!.GetInt32("CommentCount") ?? 0, article.Value.ETag) : null;
    }

    // Ids sort by time, so a batch's markers sit close together and one range read covers them.
    private async Task ReadMarkersAsync(string slug, List<string> commentIds, Dictionary<string, bool> exists, CancellationToken cancellationToken)
    {
        var first = CountedCommentPrefix + commentIds.Min(StringComparer.Ordinal);
        var last = CountedCommentPrefix + commentIds.Max(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {slug} and RowKey ge {first} and RowKey le {last}");
        await foreach (var marker in articles.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            found.Add(marker.RowKey);
        }

        commentIds.ForEach(id => exists[id] = found.Contains(CountedCommentPrefix + id));
    }

    private sealed record CountChange(string CommentId, bool Counted);
}
