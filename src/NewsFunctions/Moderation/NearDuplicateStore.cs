using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

public interface INearDuplicateStore
{
    // Records that the author (a keyed hash of the name) posted a text with this fingerprint at
    // `at`, then counts the other authors who posted it within `window` before `at`. Recording first
    // and excluding the author's own row makes a redelivery count the same.
    Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);
}

// `commentindex` rows n-{fingerprint} / {author key} with the time of that author's latest post of the
// text. One partition per fingerprint, across all articles, so the count is one range read.
public sealed class NearDuplicateStore(TableServiceClient tableService) : INearDuplicateStore
{
    // Two other names already decide spam; counting far past that only costs reads.
    public const int MaxCounted = 50;

    private readonly TableClient index = tableService.GetTableClient(TableNames.CommentIndex);

    public async Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var partition = Partition(fingerprint);
        await index.UpsertEntityAsync(new TableEntity(partition, authorKey) { ["At"] = at }, TableUpdateMode.Replace, cancellationToken);

        // Only posts up to this one's time count: a redelivery after other authors posted the same
        // text later still sees what the first delivery saw.
        var from = at - window;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {authorKey} and At ge {from} and At le {at}");
        var count = 0;
        await foreach (var _ in index.QueryAsync<TableEntity>(filter, maxPerPage: MaxCounted, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (++count >= MaxCounted)
            {
                break;
            }
        }

        return count;
    }

    internal static string Partition(string fingerprint) => "n-" + fingerprint;
}
