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

    Task AdjustCommentCountAsync(string slug, int delta, CancellationToken cancellationToken);

    // Counts an approved comment in the article's commentCount once, or uncounts it once, however
    // often it is called: safe to repeat after a crash or a redelivered message.
    Task SetCommentCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken);
}

// Two tables. `articles` holds one entity per article (PartitionKey = slug), its body split across
// properties because one Table property holds at most 32K UTF-16 characters while an entity holds
// 1 MiB. `articleindex` holds one tiny row per article per listing (all, and its category) keyed by
// inverted publication time, so "newest first, one page" is a range read of one partition.
public sealed class ArticleStore(TableServiceClient tableService) : IArticleStore
{
    private const string RowKey = "article";
    private const string AllPartition = "all";
    private const string CountedCommentPrefix = "counted-";
    private const int ChunkLength = 30_000;
    private const int MaxConcurrencyRetries = 5;
    private const int MaxCountRetries = 40;

    private readonly TableClient articles = tableService.GetTableClient(TableNames.Articles);
    private readonly TableClient index = tableService.GetTableClient(TableNames.ArticleIndex);

    public async Task<StoredArticle?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var response = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
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
                    return true;
                }

                // Conditional on the ETag so a comment approval that bumped the count meanwhile is not lost.
                await articles.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
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
        await DeleteStaleIndexRowsAsync(entity, newIndexKey: null, newCategory: null, cancellationToken);
        return true;
    }

    public async Task<(IReadOnlyList<StoredArticle> Items, string? LastKey)> ListAsync(
        string? category, int limit, string? afterKey, CancellationToken cancellationToken)
    {
        var partition = category is null ? AllPartition : CategoryPartition(category);
        var filter = afterKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {afterKey}");

        // One row more than the page tells whether a next page exists without a second query.
        var keys = new List<string>(limit + 1);
        await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: limit + 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
            if (keys.Count > limit)
            {
                break;
            }
        }

        var hasMore = keys.Count > limit;
        var pageKeys = keys.Take(limit).ToList();
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

    public async Task AdjustCommentCountAsync(string slug, int delta, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, select: ["CommentCount"], cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return;
            }

            var count = Math.Max(0, (existing.Value!.GetInt32("CommentCount") ?? 0) + delta);
            var patch = new TableEntity(slug, RowKey) { ["CommentCount"] = count };
            try
            {
                await articles.UpdateEntityAsync(patch, existing.Value.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
            }
        }
    }

    // A marker row per counted comment sits in the article's own partition, so the marker and the
    // count change in one entity-group transaction: both happen or neither does.
    public async Task SetCommentCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken)
    {
        var markerKey = CountedCommentPrefix + commentId;
        for (var attempt = 0; ; attempt++)
        {
            var article = await articles.GetEntityIfExistsAsync<TableEntity>(slug, RowKey, select: ["CommentCount"], cancellationToken: cancellationToken);
            var marker = await articles.GetEntityIfExistsAsync<TableEntity>(slug, markerKey, select: ["RowKey"], cancellationToken: cancellationToken);
            if (!article.HasValue || marker.HasValue == counted)
            {
                return;
            }

            var count = Math.Max(0, (article.Value!.GetInt32("CommentCount") ?? 0) + (counted ? 1 : -1));
            TableTransactionAction[] actions =
            [
                counted
                    ? new(TableTransactionActionType.Add, new TableEntity(slug, markerKey))
                    // The marker was read with only its RowKey; a delete needs both keys.
                    : new(TableTransactionActionType.Delete, new TableEntity(slug, markerKey), ETag.All),
                new(TableTransactionActionType.UpdateMerge, new TableEntity(slug, RowKey) { ["CommentCount"] = count }, article.Value.ETag),
            ];
            try
            {
                await articles.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404 && attempt < MaxCountRetries)
            {
                // Every approval on a busy article races for the same ETag; a short random pause
                // spreads the contenders out so each round one of them wins.
                await Task.Delay(Random.Shared.Next(5, 20 + 10 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

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
