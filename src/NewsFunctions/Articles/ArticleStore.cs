using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Articles;

// Two tables. `articles` holds one entity per article (PartitionKey = slug), its body split across
// properties because one Table property holds at most 32K UTF-16 characters while an entity holds
// 1 MiB. `articleindex` holds one tiny row per article per listing (all, and its category) keyed by
// inverted publication time, so "newest first, one page" is a range read of one partition.
public sealed class ArticleStore(TableServiceClient tableService, ArticleCache cache) : IArticleStore
{
    internal const string ArticleRow = "article";
    private const string AllPartition = "all";
    private const int MaxConcurrencyRetries = 5;

    private readonly TableClient articles = tableService.GetTableClient(TableNames.Articles);
    private readonly TableClient index = tableService.GetTableClient(TableNames.ArticleIndex);

    public Task<StoredArticle?> GetAsync(string slug, CancellationToken cancellationToken)
        => cache.GetAsync(slug, ReadAsync, cancellationToken);

    private async Task<StoredArticle?> ReadAsync(string slug, CancellationToken cancellationToken)
    {
        var response = await articles.GetEntityIfExistsAsync<TableEntity>(slug, ArticleRow, cancellationToken: cancellationToken);
        return response.HasValue ? ArticleEntities.FromEntity(response.Value!) : null;
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
            var existing = await articles.GetEntityIfExistsAsync<TableEntity>(draft.Slug, ArticleRow, cancellationToken: cancellationToken);
            var previous = existing.HasValue ? existing.Value : null;
            var commentCount = previous?.GetInt32("CommentCount") ?? 0;
            var entity = ArticleEntities.ToEntity(draft, now, commentCount, newIndexKey);
            try
            {
                if (previous is null)
                {
                    await articles.AddEntityAsync(entity, cancellationToken);
                    cache.Forget(draft.Slug);
                    return true;
                }

                // Conditional on the ETag so a comment approval that bumped the count meanwhile is not lost.
                await articles.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
                cache.Forget(draft.Slug);
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
        var existing = await articles.GetEntityIfExistsAsync<TableEntity>(slug, ArticleRow, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return false;
        }

        var entity = existing.Value!;
        await articles.DeleteEntityAsync(entity, ETag.All, cancellationToken);
        cache.Forget(slug);
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
}
