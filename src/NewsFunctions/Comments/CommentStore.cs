using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;
using static NewsFunctions.Comments.CommentKeys;

namespace NewsFunctions.Comments;

// Two tables. `comments` holds the main entity, PartitionKey = comment id, so a moderator's action
// by id is a point read; its Status is the truth. Most comments are approved, so the moderators'
// listing of approved comments is a range read of `comments` itself, filtered by Status, oldest
// first because ids sort by time. `commentindex` holds small rows for every other listing:
//   s-{status} / {id}     the moderation queue of each status but approved; a comment readers'
//                         reports sent back is keyed "!{id}", which sorts before every id, so
//                         moderators see reported comments first
//   a-{slug}   / {id}     approved comments of an article, with the public projection and no email
// The same table holds the rows of moderation's durable checks (ReaderClaimStore, NearDuplicateStore).
// Index rows can be stale after a crash between writes (docs/EXACTLY-ONCE.md); every listing checks
// each row against the main entity's Status and leaves out the ones that disagree.
public sealed class CommentStore : ICommentStore
{
    private readonly TableClient comments;
    private readonly TableClient index;

    // Gathers the index rows concurrent comments write to one partition, over the same client.
    private readonly InsertBatcher indexWrites;

    public CommentStore(TableServiceClient tableService)
    {
        comments = tableService.GetTableClient(TableNames.Comments);
        index = tableService.GetTableClient(TableNames.CommentIndex);
        indexWrites = new InsertBatcher(index);
    }

    public async Task<StoredComment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await comments.GetEntityIfExistsAsync<TableEntity>(id, MainRow, cancellationToken: cancellationToken);
        return response.HasValue ? CommentEntities.FromEntity(response.Value!) : null;
    }

    public async Task<(StoredComment Comment, bool Created)> AddAsync(StoredComment comment, CancellationToken cancellationToken)
    {
        try
        {
            var response = await comments.AddEntityAsync(CommentEntities.ToEntity(comment), cancellationToken);
            return (comment with { ETag = response.Headers.ETag?.ToString() ?? "" }, true);
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            var stored = await GetAsync(comment.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Comment {comment.Id} conflicted on insert but cannot be read.");
            return (stored, false);
        }
    }

    public async Task<StoredComment> UpdateAsync(StoredComment comment, string storageETag, CancellationToken cancellationToken)
    {
        var response = await comments.UpdateEntityAsync(CommentEntities.ToEntity(comment), new ETag(storageETag), TableUpdateMode.Replace, cancellationToken);
        return comment with { ETag = response.Headers.ETag?.ToString() ?? "" };
    }

    // An approved comment's public row, or another status's queue row, gathered with the rows other
    // comments are writing to its partition. An approved comment has no status row: its listing
    // reads the main entities, so a busy site's approvals do not all land on one partition.
    public Task WriteIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken)
        => indexWrites.InsertAsync(
            comment.Status == CommentStatuses.Approved ? CommentEntities.PublicEntity(comment) : new TableEntity(StatusPartition(comment.Status), StatusRowKey(comment, comment.Status)),
            cancellationToken);

    // An edit changes the text of a public row, which the insert-only batcher would keep as it was.
    public Task ReplaceIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken)
        => comment.Status == CommentStatuses.Approved
            ? index.UpsertEntityAsync(CommentEntities.PublicEntity(comment), TableUpdateMode.Replace, cancellationToken)
            : WriteIndexRowsAsync(comment, cancellationToken);

    public Task RemoveIndexRowsAsync(StoredComment comment, string status, CancellationToken cancellationToken)
        => status == CommentStatuses.Approved
            ? index.DeleteEntityAsync(ApprovedPartition(comment.ArticleSlug), comment.Id, ETag.All, cancellationToken)
            : index.DeleteEntityAsync(StatusPartition(status), StatusRowKey(comment, status), ETag.All, cancellationToken);

    public async Task<(IReadOnlyList<PublicCommentRow> Items, string? LastKey)> ListApprovedAsync(
        string articleSlug, int limit, string? afterId, bool newestFirst, CancellationToken cancellationToken)
    {
        var (rows, hasMore) = newestFirst
            ? await ReadNewestPageAsync(ApprovedPartition(articleSlug), limit, afterId, cancellationToken)
            : await index.ReadPageAsync(ApprovedPartition(articleSlug), limit, afterId, select: null, cancellationToken);
        var visible = await PublicOnlyAsync(rows, cancellationToken);
        return (rows.Where(row => visible.Contains(row.RowKey)).Select(CommentEntities.PublicRowFromEntity).ToList(), hasMore ? rows[^1].RowKey : null);
    }

    // Table queries run oldest first only. The keys before the cursor stream past (keys only, cheap
    // per row), the last `limit` are kept, and one range read fetches their rows, newest first.
    private async Task<(List<TableEntity> Rows, bool HasMore)> ReadNewestPageAsync(string partition, int limit, string? beforeId, CancellationToken cancellationToken)
    {
        var filter = beforeId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {beforeId}");
        var newest = new Queue<string>(limit + 1);
        await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (newest.Count == limit + 1)
            {
                newest.Dequeue();
            }

            newest.Enqueue(row.RowKey);
        }

        var hasMore = newest.Count > limit;
        if (hasMore)
        {
            newest.Dequeue();
        }

        if (newest.Count == 0)
        {
            return ([], false);
        }

        var range = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {newest.First()} and RowKey le {newest.Last()}");
        var rows = new List<TableEntity>(newest.Count);
        await foreach (var row in index.QueryAsync<TableEntity>(range, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        rows.Reverse();
        return (rows, hasMore);
    }

    // The ids of the rows that are public now: each row's main entity is approved, and so is every
    // comment above it (PublicThreads). Only Status and ParentId are read: the public path never loads
    // an email. Parents are mostly on the same page, so the usual page costs no reads beyond its own.
    private async Task<HashSet<string>> PublicOnlyAsync(List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, PublicThreads.Link>(StringComparer.Ordinal);
        IReadOnlyList<string> wanted = rows.Select(row => row.RowKey).ToList();
        while (wanted.Count > 0)
        {
            var read = await Task.WhenAll(wanted.Select(async id =>
            {
                var main = await comments.GetEntityIfExistsAsync<TableEntity>(id, MainRow, select: ["Status", "ParentId"], cancellationToken: cancellationToken);
                return (Id: id, Link: new PublicThreads.Link(main.HasValue ? main.Value!.GetString("Status") ?? "" : "", main.HasValue ? main.Value!.GetString("ParentId") : null));
            }));
            foreach (var (id, link) in read)
            {
                known[id] = link;
            }

            wanted = PublicThreads.Unknown(rows.Select(row => row.RowKey), known);
        }

        return rows.Select(row => row.RowKey).Where(id => PublicThreads.IsVisible(id, known)).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<(IReadOnlyList<StoredComment> Items, string? LastKey)> ListByStatusAsync(
        string status, int limit, string? afterId, CancellationToken cancellationToken)
    {
        if (status == CommentStatuses.Approved)
        {
            var (approved, more) = await comments.ReadFilteredPageAsync(MainEntitiesFilter(status, afterId), limit, select: null, cancellationToken);
            return (approved.Select(CommentEntities.FromEntity).ToList(), more ? approved[^1].PartitionKey : null);
        }

        var (rows, hasMore) = await index.ReadPageAsync(StatusPartition(status), limit, afterId, select: ["RowKey"], cancellationToken);
        var loaded = await Task.WhenAll(rows.Select(row => GetAsync(IdOfStatusRow(row.RowKey), cancellationToken)));
        var items = loaded.OfType<StoredComment>().Where(c => c.Status == status).ToList();
        return (items, hasMore ? rows[^1].RowKey : null);
    }

    // A merge of the one property: a moderator's conditional replace that read the comment before it
    // then fails with 412 and is retried on the new version, so neither write is lost.
    public async Task<int> ForgetAddressesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var cleared = 0;
        var filter = TableClient.CreateQueryFilter($"RowKey eq {MainRow} and CreatedAt lt {cutoff}");
        await foreach (var row in comments.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey", "IpHash"], cancellationToken: cancellationToken))
        {
            if (!string.IsNullOrEmpty(row.GetString("IpHash")))
            {
                await comments.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["IpHash"] = "" }, row.ETag, TableUpdateMode.Merge, cancellationToken);
                cleared++;
            }
        }

        return cleared;
    }

    public async Task<IReadOnlyList<StoredComment>> ListByAvatarKeysAsync(IReadOnlyCollection<string> avatarKeys, CancellationToken cancellationToken)
    {
        var found = new List<StoredComment>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {MainRow}") + $" and ({string.Join(" or ", avatarKeys.Select(k => TableClient.CreateQueryFilter($"AvatarKey eq {k}")))})";
        await foreach (var row in comments.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            found.Add(CommentEntities.FromEntity(row));
        }

        return found;
    }

    // Table queries run oldest first, so the newest ids are kept while the keys stream past (cheap
    // per row: keys only), and only those are point-read, a few at a time.
    public async Task<IReadOnlyList<StoredComment>> LatestByStatusAsync(string status, int max, CancellationToken cancellationToken)
    {
        var newest = new Queue<string>(max);
        await foreach (var id in IdsAsync(status, cancellationToken))
        {
            if (newest.Count == max)
            {
                newest.Dequeue();
            }

            newest.Enqueue(id);
        }

        var loaded = new List<StoredComment>(newest.Count);
        foreach (var chunk in newest.Chunk(32))
        {
            var read = await Task.WhenAll(chunk.Select(id => GetAsync(id, cancellationToken)));
            loaded.AddRange(read.OfType<StoredComment>().Where(c => c.Status == status));
        }

        return loaded;
    }

    // The ids of a status's comments, oldest first: for approved from the main entities, for the
    // others from their status rows (the callers check the main entity where it matters).
    private async IAsyncEnumerable<string> IdsAsync(string status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fromMainEntities = status == CommentStatuses.Approved;
        var (table, filter, key) = fromMainEntities
            ? (comments, MainEntitiesFilter(status, afterId: null), "PartitionKey")
            : (index, TableClient.CreateQueryFilter($"PartitionKey eq {StatusPartition(status)}"), "RowKey");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: [key], cancellationToken: cancellationToken))
        {
            yield return fromMainEntities ? row.PartitionKey : IdOfStatusRow(row.RowKey);
        }
    }

    // The main entities of a status after an id, oldest first (the partition key is the id).
    private static string MainEntitiesFilter(string status, string? afterId) => afterId is null
        ? TableClient.CreateQueryFilter($"RowKey eq {MainRow} and Status eq {status}")
        : TableClient.CreateQueryFilter($"PartitionKey gt {afterId} and RowKey eq {MainRow} and Status eq {status}");
}
