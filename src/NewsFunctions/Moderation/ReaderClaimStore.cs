using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

// The reader's durable claims, in `commentindex` beside the comments' own index rows:
//   f-{key} / latest   the latest submission per email or address hash, for the durable flood check
//   f-{key} / d-{dup}  in the email's partition: the first comment with a given article+author+
//                      email+content (keyed HMAC), so a reader's first comment writes both rows at once
//   f-{key} / approved in the email's partition: when a comment of the reader was last approved
public sealed class ReaderClaimStore(TableServiceClient tableService) : IReaderClaimStore
{
    private const string DuplicateRowPrefix = "d-";
    private const string LatestRow = "latest";
    private const string ApprovedRow = "approved";
    private const string AddressPrefix = "f-i";
    private const string AddressPrefixEnd = "f-j";

    private readonly TableClient index = tableService.GetTableClient(TableNames.CommentIndex);

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

    private static string FloodPartition(string floodKey) => "f-" + floodKey;

    // One partition query for the three rows, where three point reads would cost three requests.
    public async Task<EarlierClaims> ReadEarlierClaimsAsync(string readerKey, string duplicateKey, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {FloodPartition(readerKey)} and (RowKey eq {DuplicateRowPrefix + duplicateKey} or RowKey eq {LatestRow} or RowKey eq {ApprovedRow})");
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        return new EarlierClaims(
            rows.GetValueOrDefault(DuplicateRowPrefix + duplicateKey)?.GetString("CommentId"),
            rows.GetValueOrDefault(LatestRow) is { } latest ? Submission(latest.GetString("CommentId"), latest.GetDateTimeOffset("At")) : null,
            rows.GetValueOrDefault(ApprovedRow)?.GetDateTimeOffset("At"));
    }

    public async Task<RecentSubmission?> ReadLatestSubmissionAsync(string floodKey, CancellationToken cancellationToken)
    {
        var row = await index.GetEntityIfExistsAsync<TableEntity>(FloodPartition(floodKey), LatestRow, ["CommentId", "At"], cancellationToken);
        return row.HasValue ? Submission(row.Value!.GetString("CommentId"), row.Value.GetDateTimeOffset("At")) : null;
    }

    public async Task<DateTimeOffset?> LastApprovedAsync(string readerKey, CancellationToken cancellationToken)
    {
        var row = await index.GetEntityIfExistsAsync<TableEntity>(FloodPartition(readerKey), ApprovedRow, ["At"], cancellationToken);
        return row.HasValue ? row.Value!.GetDateTimeOffset("At") : null;
    }

    // An upsert: approvals of one reader's comments carry no order worth an ETag, the latest wins.
    public Task RecordApprovedAsync(string readerKey, DateTimeOffset at, CancellationToken cancellationToken)
        => index.UpsertEntityAsync(new TableEntity(FloodPartition(readerKey), ApprovedRow) { ["At"] = at }, TableUpdateMode.Replace, cancellationToken);

    public async Task ForgetAsync(string floodKey, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FloodPartition(floodKey)}");
        var rows = new List<TableEntity>();
        await foreach (var row in index.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await index.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
        }
    }

    // The address partitions are f-i{hash}: a range of partition keys, read only as far as their keys.
    public async Task<int> ForgetAddressesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {AddressPrefix} and PartitionKey lt {AddressPrefixEnd} and RowKey eq {LatestRow} and At lt {cutoff}");
        await foreach (var row in index.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await index.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status is 412)
            {
                // A new submission from the address since the read: it is recent, so it stays.
            }
        }

        return deleted;
    }

    private static TableEntity LatestEntity(string partition, string commentId, DateTimeOffset submittedAt, RecentSubmission? previous) => new(partition, LatestRow)
    {
        ["CommentId"] = commentId,
        ["At"] = submittedAt,
        ["PreviousId"] = previous?.CommentId,
        ["PreviousAt"] = previous?.At,
    };

    private static RecentSubmission? Submission(string? commentId, DateTimeOffset? at)
        => commentId is null || at is null ? null : new RecentSubmission(commentId, at.Value);
}
