using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Articles;

public interface IArticleStore
{
    Task<StoredArticle?> GetAsync(string slug, CancellationToken cancellationToken);

    // Returns true when the article did not exist before.
    Task<bool> SaveAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string slug, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredArticle> Items, string? LastKey)> ListAsync(string? category, int limit, string? afterKey, CancellationToken cancellationToken);

    // Counts an approved comment in the article's commentCount once, or uncounts it once, however
    // often it is called: safe to repeat after a crash or a redelivered message.
    Task SetCommentCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken);
}

// Two tables. `articles` holds one entity per article (PartitionKey = slug), its body split across
// properties because one Table property holds at most 32K UTF-16 characters while an entity holds
// 1 MiB. `articleindex` holds one tiny row per article per listing (all, and its category) keyed by
// inverted publication time, so "newest first, one page" is a range read of one partition.
public sealed class ArticleStore : IArticleStore
{
    private const string RowKey = "article";
    private const string AllPartition = "all";
    private const string CountedCommentPrefix = "counted-";
    private const int ChunkLength = 30_000;
    private const int MaxConcurrencyRetries = 5;
    private const int MaxCountRetries = 40;

    // An entity-group transaction holds at most 100 operations: 99 markers and the count.
    private const int MaxCountChangesPerTransaction = 99;

    // Bounds the cache's memory: articles are at most 200,000 characters.
    private const int MaxCachedArticles = 256;
    private static readonly TimeSpan CacheAge = TimeSpan.FromSeconds(2);

    private readonly TableClient articles;
    private readonly TableClient index;
    private readonly WriteCoalescer<CountChange> countChanges;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Count, ETag ETag)> lastCounts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (StoredArticle? Article, DateTimeOffset ReadAt)> recent = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private long cacheGeneration;

    public ArticleStore(TableServiceClient tableService, TimeProvider clock)
    {
        this.clock = clock;
        articles = tableService.GetTableClient(TableNames.Articles);
        index = tableService.GetTableClient(TableNames.ArticleIndex);
        countChanges = new(
            waiting => Math.Min(waiting.Count, MaxCountChangesPerTransaction),
            (slug, changes) => ApplyCountChangesAsync(slug, changes, CancellationToken.None));
    }

    // Articles read in the last CacheAge are served from memory: the load driver showed
    // every GET and 304 paying a storage read (0.05 of a bare endpoint). This instance's own writes
    // clear the cache at once; another instance's show within 2 s, well inside the max-age=60 the
    // answers already allow. A read that raced a write is not cached (generation check).
    public async Task<StoredArticle?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        if (recent.TryGetValue(slug, out var hit) && clock.GetUtcNow() - hit.ReadAt < CacheAge)
        {
            return hit.Article;
        }

        var generation = Volatile.Read(ref cacheGeneration);
        var response = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, cancellationToken: cancellationToken);
        var article = response.HasValue ? FromEntity(response.Value!) : null;
        if (recent.Count >= MaxCachedArticles)
        {
            recent.Clear();
        }

        if (generation == Volatile.Read(ref cacheGeneration))
        {
            recent[slug] = (article, clock.GetUtcNow());
        }

        return article;
    }

    // Only the written article is forgotten; the generation still keeps any read in flight from
    // caching what it read before the write.
    private void ForgetCachedArticle(string slug)
    {
        Interlocked.Increment(ref cacheGeneration);
        recent.TryRemove(slug, out _);
    }

    public async Task<bool> SaveAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var newIndexKey = IndexKey(draft.PublishedAt, draft.Slug);

        // Index rows first: a crash after this leaves a row pointing at an article whose IndexKey
        // differs, which listing skips. The other order could leave a stored article that no listing shows.
        await index.UpsertEntityAsync(new TableEntity(AllPartition, newIndexKey), TableUpdateMode.Replace, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity(CategoryPartition(draft.Category), newIndexKey), TableUpdateMode.Replace, cancellationToken);

        for (var attempt = 0; ; attempt++)
        {
            var existing = await articles.GetEntityIfExistsAsync<TableEntity>(draft.Slug, RowKey, cancellationToken: cancellationToken);
            var previous = existing.HasValue ? existing.Value : null;
            var commentCount = previous?.GetInt32("CommentCount") ?? 0;
            var entity = ToEntity(draft, now, commentCount, newIndexKey);
            try
            {
                if (previous is null)
                {
                    await articles.AddEntityAsync(entity, cancellationToken);
                    ForgetCachedArticle(draft.Slug);
                    return true;
                }

                // Conditional on the ETag so a comment approval that bumped the count meanwhile is not lost.
                await articles.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
                ForgetCachedArticle(draft.Slug);
                await DeleteStaleIndexRowsAsync(previous, newIndexKey, draft.Category, cancellationToken);
                return false;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
            }
        }
    }

    public async Task<bool> DeleteAsync(string slug, CancellationToken cancellationToken)
    {
        var existing = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return false;
        }

        var entity = existing.Value!;
        await articles.DeleteEntityAsync(entity, ETag.All, cancellationToken);
        ForgetCachedArticle(slug);
        await DeleteStaleIndexRowsAsync(entity, newIndexKey: null, newCategory: null, cancellationToken);
        return true;
    }

    public async Task<(IReadOnlyList<StoredArticle> Items, string? LastKey)> ListAsync(
        string? category, int limit, string? afterKey, CancellationToken cancellationToken)
    {
        var partition = category is null ? AllPartition : CategoryPartition(category);
        var (rows, hasMore) = await index.ReadPageAsync(partition, limit, afterKey, ["RowKey"], cancellationToken);
        var pageKeys = rows.Select(r => r.RowKey).ToList();
        var loaded = await Task.WhenAll(pageKeys.Select(key => GetAsync(SlugOf(key), cancellationToken)));

        // A row whose article now carries another index key is left over from an update or a delete.
        var items = loaded
            .Select((article, i) => (article, key: pageKeys[i]))
            .Where(x => x.article is not null
                && IndexKey(x.article.Draft.PublishedAt, x.article.Draft.Slug) == x.key
                && (category is null || CategoryPartition(x.article.Draft.Category) == partition))
            .Select(x => x.article!)
            .ToList();
        return (items, hasMore ? pageKeys[^1] : null);
    }

    // A marker row per counted comment sits in the article's own partition, so the markers and the
    // count change in one entity-group transaction: all happen or none does.
    //
    // Group commit: every approval of a popular article updates the same entity, and with the
    // listener's 24 messages in flight, one conditional update per comment lost almost every race
    // (412, retry, give up after MaxConcurrencyRetries, message to poison): the drain fell to 3 a
    // second. Instead the changes for one article wait in a list and one writer at a time applies
    // all of them in a single transaction; callers return once the transaction holding theirs is
    // committed, so the guarantee is unchanged.
    public Task SetCommentCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken)
        => countChanges.WriteAsync(slug, new CountChange(commentId, counted), cancellationToken);

    private async Task ApplyCountChangesAsync(string slug, IReadOnlyList<CountChange> batch, CancellationToken cancellationToken)
    {
        // The last change for a comment wins; a transaction may not touch one row twice.
        var wanted = batch.GroupBy(c => c.CommentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Counted, StringComparer.Ordinal);

        // Whether each marker exists. Unknown ones are taken to need the change (a new comment has
        // no marker yet), so the common batch is one transaction; when one had already happened,
        // the batch's markers are read and the rest goes again.
        var exists = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            // The count and ETag this instance's last transaction left save a read; any other
            // write to the article since (another instance, an edit) fails it with 412.
            (int Count, ETag ETag) last = default;
            var remembered = attempt == 0 && lastCounts.TryRemove(slug, out last);
            var current = remembered ? last : await ReadCountAsync(slug, cancellationToken);
            if (current is null)
            {
                return;
            }

            var changes = wanted.Where(w => !exists.TryGetValue(w.Key, out var marked) || marked != w.Value).ToList();
            if (changes.Count == 0)
            {
                return;
            }

            var actions = changes.Select(w => w.Value
                ? new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(slug, CountedCommentPrefix + w.Key))
                : new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(slug, CountedCommentPrefix + w.Key), ETag.All)).ToList();
            var delta = changes.Sum(w => w.Value ? 1 : -1);
            var count = Math.Max(0, current.Value.Count + delta);
            actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(slug, RowKey) { ["CommentCount"] = count }, current.Value.ETag));
            try
            {
                var results = await articles.SubmitTransactionAsync(actions, cancellationToken);
                ForgetCachedArticle(slug);
                if (results.Value[^1].Headers.ETag is { } etag)
                {
                    if (lastCounts.Count >= MaxCachedArticles)
                    {
                        lastCounts.Clear();
                    }

                    lastCounts[slug] = (count, etag);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 404 && attempt < MaxCountRetries)
            {
                // An Add that found its marker (409) or a Delete that found none (404): some change
                // is already done. One range read finds which markers of the batch exist (ids sort
                // by time, so a batch's markers sit close together); learning them one failed
                // transaction at a time would cost a round per settled marker.
                await ReadMarkersAsync(slug, changes.Select(c => c.Key).ToList(), exists, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && remembered)
            {
                // Someone else wrote the article since: read it now.
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxCountRetries)
            {
                // Within an instance the batches above no longer race; instances still do, and a
                // short random pause spreads them out so each round one of them wins.
                await Task.Delay(Random.Shared.Next(5, 20 + 10 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    private async Task<(int Count, ETag ETag)?> ReadCountAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, select: ["CommentCount"], cancellationToken: cancellationToken);
        return article.HasValue ? (article.Value!.GetInt32("CommentCount") ?? 0, article.Value.ETag) : null;
    }

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

    internal static string IndexKey(DateTimeOffset publishedAt, string slug)
        => $"{DateTimeOffset.MaxValue.UtcTicks - publishedAt.UtcTicks:D19}-{slug}";

    internal static string CategoryPartition(string category)
        => "c-" + Uri.EscapeDataString(category.Trim().ToLowerInvariant());

    private static string SlugOf(string indexKey) => indexKey[20..];

    private async Task DeleteStaleIndexRowsAsync(TableEntity previous, string? newIndexKey, string? newCategory, CancellationToken cancellationToken)
    {
        var oldKey = previous.GetString("IndexKey");
        var oldCategory = previous.GetString("Category");
        if (oldKey is null)
        {
            return;
        }

        if (oldKey != newIndexKey)
        {
            await index.DeleteEntityAsync(AllPartition, oldKey, ETag.All, cancellationToken);
        }

        if (oldKey != newIndexKey || !string.Equals(oldCategory, newCategory, StringComparison.OrdinalIgnoreCase))
        {
            await index.DeleteEntityAsync(CategoryPartition(oldCategory ?? ""), oldKey, ETag.All, cancellationToken);
        }
    }

    private static TableEntity ToEntity(ArticleDraft draft, DateTimeOffset now, int commentCount, string indexKey)
    {
        var entity = new TableEntity(draft.Slug, RowKey)
        {
            ["Title"] = draft.Title,
            ["Category"] = draft.Category,
            ["Summary"] = draft.Summary,
            ["Tags"] = JsonSerializer.Serialize(draft.Tags),
            ["Author"] = draft.Author,
            ["Source"] = draft.Source,
            ["SourceUrl"] = draft.SourceUrl,
            ["Language"] = draft.Language,
            ["PublishedAt"] = draft.PublishedAt,
            ["CommentsOpen"] = draft.CommentsOpen,
            ["UpdatedAt"] = now,
            ["CommentCount"] = commentCount,
            ["IndexKey"] = indexKey,
        };

        var chunks = SplitBody(draft.Body);
        entity["BodyChunks"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[$"Body{i}"] = chunks[i];
        }

        return entity;
    }

    // Never splits a surrogate pair: each chunk must be valid UTF-16 on its own to survive the wire.
    internal static List<string> SplitBody(string body)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < body.Length)
        {
            var length = Math.Min(ChunkLength, body.Length - start);
            if (start + length < body.Length && char.IsHighSurrogate(body[start + length - 1]))
            {
                length--;
            }

            chunks.Add(body.Substring(start, length));
            start += length;
        }

        return chunks;
    }

    private static StoredArticle FromEntity(TableEntity entity)
    {
        var chunkCount = entity.GetInt32("BodyChunks") ?? 0;
        var body = string.Concat(Enumerable.Range(0, chunkCount).Select(i => entity.GetString($"Body{i}")));
        var draft = new ArticleDraft(
            entity.PartitionKey,
            entity.GetString("Title") ?? "",
            body,
            entity.GetString("Category") ?? "",
            entity.GetString("Summary"),
            JsonSerializer.Deserialize<List<string>>(entity.GetString("Tags") ?? "[]") ?? [],
            entity.GetString("Author"),
            entity.GetString("Source"),
            entity.GetString("SourceUrl"),
            entity.GetString("Language") ?? "ar",
            entity.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.UnixEpoch,
            entity.GetBoolean("CommentsOpen") ?? true);
        return new StoredArticle(draft, entity.GetDateTimeOffset("UpdatedAt") ?? entity.Timestamp ?? DateTimeOffset.UnixEpoch,
            entity.GetInt32("CommentCount") ?? 0, entity.ETag.ToString());
    }
}
