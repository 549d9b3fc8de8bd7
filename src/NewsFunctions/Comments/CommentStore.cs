using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.Comments;

public interface ICommentStore
{
    Task<StoredComment?> GetAsync(string id, CancellationToken cancellationToken);

    // Inserts the comment unless one with its id exists; then returns the stored one and Created false.
    Task<(StoredComment Comment, bool Created)> AddAsync(StoredComment comment, CancellationToken cancellationToken);

    // Replaces the comment if it still has the given storage ETag; throws RequestFailedException 412 if not.
    Task<StoredComment> UpdateAsync(StoredComment comment, string storageETag, CancellationToken cancellationToken);

    // Claims the duplicate key (an HMAC that includes the email) for commentId and records commentId as
    // the latest submission under the reader's email key. Returns the key's owner (commentId itself
    // unless an identical comment came first, also on a redelivery) and the reader's submission
    // before this one, as SwapLatestSubmissionAsync does. A reader's first comment costs one request.
    Task<ReaderClaim> ClaimAsReaderAsync(string readerKey, string duplicateKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken);

    // Records commentId as the latest submission under a flood key (a keyed hash of an email or an
    // address) and returns the one recorded before it, if any. Asking again for the same comment
    // returns the same answer, so a redelivery decides as the first delivery did.
    Task<RecentSubmission?> SwapLatestSubmissionAsync(string floodKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken);

    // The index row a comment in its current status needs: its public row when approved, else its status row.
    Task WriteIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken);

    // Removes the index row the comment had while it was in the given status.
    Task RemoveIndexRowsAsync(StoredComment comment, string status, CancellationToken cancellationToken);

    Task<(IReadOnlyList<PublicCommentRow> Items, string? LastKey)> ListApprovedAsync(string articleSlug, int limit, string? afterId, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredComment> Items, string? LastKey)> ListByStatusAsync(string status, int limit, string? afterId, CancellationToken cancellationToken);

    Task<int> CountAsync(string status, CancellationToken cancellationToken);

    // The newest `max` comments whose main entity is in the status (ids are time-ordered).
    Task<IReadOnlyList<StoredComment>> LatestByStatusAsync(string status, int max, CancellationToken cancellationToken);
}

// Two tables. `comments` holds the main entity, PartitionKey = comment id, so a moderator's action
// by id is a point read; its Status is the truth. Most comments are approved, so the moderators'
// listing of approved comments is a range read of `comments` itself, filtered by Status, oldest
// first because ids sort by time. `commentindex` holds small rows for every other listing:
//   s-{status} / {id}     the moderation queue of each status but approved
//   a-{slug}   / {id}     approved comments of an article, with the public projection and no email
//   f-{key}    / latest   the latest submission per email or address hash, for the durable flood check
//   f-{key}    / d-{dup}  in the email's partition: the first comment with a given article+author+
//                         email+content (keyed HMAC), so a reader's first comment writes both rows at once
//   n-{fingerprint} / authors   near-duplicates across authors, written by NearDuplicateStore
// Index rows can be stale after a crash between writes (docs/EXACTLY-ONCE.md); every listing checks
// each row against the main entity's Status and leaves out the ones that disagree.
public sealed class CommentStore : ICommentStore
{
    private const string MainRow = "comment";
    private const string DuplicateRowPrefix = "d-";
    private const string LatestRow = "latest";
    private const int MaxHistoryEntries = 100;

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
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<(StoredComment Comment, bool Created)> AddAsync(StoredComment comment, CancellationToken cancellationToken)
    {
        try
        {
            var response = await comments.AddEntityAsync(ToEntity(comment), cancellationToken);
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
        var response = await comments.UpdateEntityAsync(ToEntity(comment), new ETag(storageETag), TableUpdateMode.Replace, cancellationToken);
        return comment with { ETag = response.Headers.ETag?.ToString() ?? "" };
    }

    public async Task<ReaderClaim> ClaimAsReaderAsync(string readerKey, string duplicateKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
    {
        var partition = FloodPartition(readerKey);
        var duplicateRow = new TableEntity(partition, DuplicateRowPrefix + duplicateKey) { ["CommentId"] = commentId };

        // Both rows in one transaction while neither exists: a reader's first comment.
        try
        {
            await index.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, duplicateRow), new(TableTransactionActionType.Add, LatestEntity(partition, commentId, submittedAt, previous: null))],
                cancellationToken);
            return new ReaderClaim(commentId, null);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 && ex.FailedTransactionActionIndex == 1)
        {
            // Only the latest row exists: a returning reader. Read it, and write both rows again in
            // one transaction, the latest row conditional on what was read.
            var returning = await ClaimAsReturningReaderAsync(duplicateRow, commentId, submittedAt, cancellationToken);
            if (returning is not null)
            {
                return returning;
            }
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409)
        {
            // The duplicate row exists: a duplicate or a redelivery, answered row by row below.
        }

        // Each row on its own: what was already written is found and answered as on the first delivery.
        var owner = ClaimDuplicateRowAsync(duplicateRow, commentId, cancellationToken);
        var previous = SwapLatestSubmissionAsync(readerKey, commentId, submittedAt, cancellationToken);
        await Task.WhenAll(owner, previous);
        return new ReaderClaim(await owner, await previous);
    }

    // Null when a concurrent writer changed either row since the read: the caller then answers row
    // by row. A latest row that names this comment (a redelivery) or is newer than it is answered
    // from the row just read, as SwapLatestSubmissionAsync would.
    private async Task<ReaderClaim?> ClaimAsReturningReaderAsync(TableEntity duplicateRow, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
    {
        var row = (await index.GetEntityAsync<TableEntity>(duplicateRow.PartitionKey, LatestRow, cancellationToken: cancellationToken)).Value;
        var previous = Submission(row.GetString("CommentId"), row.GetDateTimeOffset("At"));
        if (previous is null || previous.CommentId == commentId || previous.At > submittedAt)
        {
            var owner = ClaimDuplicateRowAsync(duplicateRow, commentId, cancellationToken);
            var swapped = SwapFromAsync(row, commentId, submittedAt, cancellationToken);
            await Task.WhenAll(owner, swapped);
            return new ReaderClaim(await owner, await swapped);
        }

        try
        {
            await index.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.Add, duplicateRow),
                    new(TableTransactionActionType.UpdateReplace, LatestEntity(duplicateRow.PartitionKey, commentId, submittedAt, previous), row.ETag),
                ],
                cancellationToken);
            return new ReaderClaim(commentId, previous);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    // Returns the id of the comment that owns the duplicate row: commentId itself when it claimed the
    // row now or earlier (a redelivery), another id when that comment came first.
    private async Task<string> ClaimDuplicateRowAsync(TableEntity duplicateRow, string commentId, CancellationToken cancellationToken)
    {
        try
        {
            await index.AddEntityAsync(duplicateRow, cancellationToken);
            return commentId;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            var owner = await index.GetEntityAsync<TableEntity>(duplicateRow.PartitionKey, duplicateRow.RowKey, cancellationToken: cancellationToken);
            return owner.Value.GetString("CommentId") ?? commentId;
        }
    }

    public async Task<RecentSubmission?> SwapLatestSubmissionAsync(string floodKey, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
    {
        var partition = FloodPartition(floodKey);

        // Insert first: a reader's first comment (and every comment of a reader whose row does not
        // exist yet) costs one request instead of a read and a write.
        try
        {
            await index.AddEntityAsync(LatestEntity(partition, commentId, submittedAt, previous: null), cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
        }

        var row = (await index.GetEntityAsync<TableEntity>(partition, LatestRow, cancellationToken: cancellationToken)).Value;
        return await SwapFromAsync(row, commentId, submittedAt, cancellationToken);
    }

    // The swap from a latest row already read: a row that names this comment gives back what it
    // recorded before it, so a redelivery decides as the first delivery did.
    private async Task<RecentSubmission?> SwapFromAsync(TableEntity row, string commentId, DateTimeOffset submittedAt, CancellationToken cancellationToken)
    {
        if (row.GetString("CommentId") == commentId)
        {
            return Submission(row.GetString("PreviousId"), row.GetDateTimeOffset("PreviousAt"));
        }

        var previous = Submission(row.GetString("CommentId"), row.GetDateTimeOffset("At"));

        // Messages are not processed in submission order; an older one must not replace a newer one.
        // Two instances racing here may both win: the check is a backstop to the web tier's, not exact.
        if (previous is null || previous.At <= submittedAt)
        {
            await index.UpsertEntityAsync(LatestEntity(row.PartitionKey, commentId, submittedAt, previous), TableUpdateMode.Replace, cancellationToken);
        }

        return previous;
    }

    // An approved comment's public row, or another status's queue row, gathered with the rows other
    // comments are writing to its partition. An approved comment has no status row: its listing
    // reads the main entities, so a busy site's approvals do not all land on one partition.
    public Task WriteIndexRowsAsync(StoredComment comment, CancellationToken cancellationToken)
        => indexWrites.InsertAsync(
            comment.Status == CommentStatuses.Approved ? PublicEntity(comment) : new TableEntity(StatusPartition(comment.Status), comment.Id),
            cancellationToken);

    public Task RemoveIndexRowsAsync(StoredComment comment, string status, CancellationToken cancellationToken)
        => status == CommentStatuses.Approved
            ? index.DeleteEntityAsync(ApprovedPartition(comment.ArticleSlug), comment.Id, ETag.All, cancellationToken)
            : index.DeleteEntityAsync(StatusPartition(status), comment.Id, ETag.All, cancellationToken);

    public async Task<(IReadOnlyList<PublicCommentRow> Items, string? LastKey)> ListApprovedAsync(
        string articleSlug, int limit, string? afterId, CancellationToken cancellationToken)
    {
        var (rows, hasMore) = await index.ReadPageAsync(ApprovedPartition(articleSlug), limit, afterId, select: null, cancellationToken);

        // Only the Status of each main entity is read: the public path never loads an email.
        var statuses = await Task.WhenAll(rows.Select(async row =>
        {
            var main = await comments.GetEntityIfExistsAsync<TableEntity>(row.RowKey, MainRow, select: ["Status"], cancellationToken: cancellationToken);
            return main.HasValue ? main.Value!.GetString("Status") : null;
        }));
        var items = rows
            .Where((_, i) => statuses[i] == CommentStatuses.Approved)
            .Select(PublicRowFromEntity)
            .ToList();
        return (items, hasMore ? rows[^1].RowKey : null);
    }

    public async Task<(IReadOnlyList<StoredComment> Items, string? LastKey)> ListByStatusAsync(
        string status, int limit, string? afterId, CancellationToken cancellationToken)
    {
        if (status == CommentStatuses.Approved)
        {
            var (approved, more) = await comments.ReadFilteredPageAsync(MainEntitiesFilter(status, afterId), limit, select: null, cancellationToken);
            return (approved.Select(FromEntity).ToList(), more ? approved[^1].PartitionKey : null);
        }

        var (rows, hasMore) = await index.ReadPageAsync(StatusPartition(status), limit, afterId, select: ["RowKey"], cancellationToken);
        var loaded = await Task.WhenAll(rows.Select(row => GetAsync(row.RowKey, cancellationToken)));
        var items = loaded.OfType<StoredComment>().Where(c => c.Status == status).ToList();
        return (items, hasMore ? rows[^1].RowKey : null);
    }

    // Reads only the keys of the status's comments: cheap per row, though proportional to the rows.
    public async Task<int> CountAsync(string status, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in IdsAsync(status, cancellationToken))
        {
            count++;
        }

        return count;
    }

    // Table queries run oldest first, so the newest ids are kept while the keys stream past (as cheap
    // per row as CountAsync), and only those are point-read, a few at a time.
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
            yield return fromMainEntities ? row.PartitionKey : row.RowKey;
        }
    }

    // The main entities of a status after an id, oldest first (the partition key is the id).
    private static string MainEntitiesFilter(string status, string? afterId) => afterId is null
        ? TableClient.CreateQueryFilter($"RowKey eq {MainRow} and Status eq {status}")
        : TableClient.CreateQueryFilter($"PartitionKey gt {afterId} and RowKey eq {MainRow} and Status eq {status}");

    internal static string StatusPartition(string status) => "s-" + status;

    private static string FloodPartition(string floodKey) => "f-" + floodKey;

    private static TableEntity LatestEntity(string partition, string commentId, DateTimeOffset submittedAt, RecentSubmission? previous) => new(partition, LatestRow)
    {
        ["CommentId"] = commentId,
        ["At"] = submittedAt,
        ["PreviousId"] = previous?.CommentId,
        ["PreviousAt"] = previous?.At,
    };

    internal static string ApprovedPartition(string articleSlug) => "a-" + articleSlug;

    private static RecentSubmission? Submission(string? commentId, DateTimeOffset? at)
        => commentId is null || at is null ? null : new RecentSubmission(commentId, at.Value);

    private static TableEntity PublicEntity(StoredComment comment)
    {
        var row = comment.PublicRow();
        return new TableEntity(ApprovedPartition(comment.ArticleSlug), row.Id)
        {
            ["ParentId"] = row.ParentId,
            ["Author"] = row.Author,
            ["AvatarKey"] = row.AvatarKey,
            ["Content"] = row.Content,
            ["Website"] = row.Website,
            ["CreatedAt"] = row.CreatedAt,
        };
    }

    private static PublicCommentRow PublicRowFromEntity(TableEntity e)
        => new(e.RowKey, e.GetString("ParentId"), e.GetString("Author") ?? "", e.GetString("AvatarKey") ?? "",
            e.GetString("Content") ?? "", e.GetString("Website"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch);

    private static TableEntity ToEntity(StoredComment c) => new(c.Id, MainRow)
    {
        ["ArticleSlug"] = c.ArticleSlug,
        ["ParentId"] = c.ParentId,
        ["Depth"] = c.Depth,
        ["Author"] = c.Author,
        ["Email"] = c.Email,
        ["AvatarKey"] = c.AvatarKey,
        ["Content"] = c.Content,
        ["Website"] = c.Website,
        ["IpHash"] = c.IpHash,
        ["CreatedAt"] = c.CreatedAt,
        ["Status"] = c.Status,
        ["Reasons"] = JsonSerializer.Serialize(c.Reasons, ApiJson.Options),
        ["SpamScore"] = c.SpamScore,

        // One property holds at most 32K characters: the oldest entries give way to the latest.
        ["History"] = JsonSerializer.Serialize(c.History.TakeLast(MaxHistoryEntries), ApiJson.Options),
    };

    private static StoredComment FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("ArticleSlug") ?? "",
        e.GetString("ParentId"),
        e.GetInt32("Depth") ?? 1,
        e.GetString("Author") ?? "",
        e.GetString("Email") ?? "",
        e.GetString("AvatarKey") ?? "",
        e.GetString("Content") ?? "",
        e.GetString("Website"),
        e.GetString("IpHash"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch,
        e.GetString("Status") ?? CommentStatuses.Pending,
        JsonSerializer.Deserialize<List<string>>(e.GetString("Reasons") ?? "[]", ApiJson.Options) ?? [],
        e.GetDouble("SpamScore") ?? 0,
        JsonSerializer.Deserialize<List<HistoryEntry>>(e.GetString("History") ?? "[]", ApiJson.Options) ?? [],
        e.ETag.ToString());
}
