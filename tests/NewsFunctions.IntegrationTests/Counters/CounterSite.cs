using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Counters;
using NewsFunctions.Moderation;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests.Counters;

// The site's counters over one Azurite whose comment tables start empty: the counters are
// site-wide, so a test of them cannot share its tables with another test's comments.
public sealed class CounterSite(TableServiceClient tables)
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-03T10:00:00Z");

    public CommentStore Comments { get; } = new(tables);

    public static async Task<CounterSite> EmptyAsync(TableServiceClient tables)
    {
        foreach (var name in new[] { TableNames.Comments, TableNames.CommentIndex })
        {
            await tables.DeleteTableAsync(name);
            await tables.CreateTableIfNotExistsAsync(name);
        }

        return new CounterSite(tables);
    }

    // One instance of the app's counter, over the given client (a logged or failing one) or the site's.
    public StatusCounter Counter(TableServiceClient? through = null)
        => new(new CounterStore(through ?? tables), new CommentStatusScan(tables));

    public StatusChanger Moderators(IStatusCounter counter)
        => new(Comments, new CommentCounter(tables, new ArticleCache(TimeProvider.System)), counter, new ReaderClaimStore(tables), TimeProvider.System,
            NullLogger<StatusChanger>.Instance);

    public CounterReconciler Reconciler(ReconcileLimits limits, TableServiceClient? through = null)
    {
        var client = through ?? tables;
        return new CounterReconciler(new CounterStore(client), new CommentStatusScan(client), Counter(client), limits, TimeProvider.System,
            NullLogger<CounterReconciler>.Instance);
    }

    public async Task<List<StoredComment>> AddAsync(int count, string status)
    {
        var added = new StoredComment[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            var comment = new StoredComment(CommentIds.New(Now), "counted", null, 1, "قارئ", $"reader{i}@example.com", "avatar", "نص", null, null,
                Now, status, [], 0, []);
            added[i] = (await Comments.AddAsync(comment, token)).Comment;
        });
        return [.. added.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<StatusCounts> CountedAsync() => (await Counter().ReadAsync(CancellationToken.None)).Counts;

    // What the counters should say: every stored comment's status, read the slow way.
    public async Task<StatusCounts> StoredAsync()
    {
        var statuses = new List<string>();
        await foreach (var row in tables.GetTableClient(TableNames.Comments).QueryAsync<TableEntity>(select: ["Status"]))
        {
            statuses.Add(row.GetString("Status")!);
        }

        return StatusCounts.Tally(statuses);
    }

    public async Task<string?> MarkerAsync(string id)
    {
        var row = await tables.GetTableClient(TableNames.CommentIndex)
            .GetEntityIfExistsAsync<TableEntity>(CounterShards.Partition(CounterShards.Of(id)), CounterShards.MarkerKey(id));
        return row.HasValue ? row.Value!.GetString("Status") : null;
    }

    public Task<ShardState> ShardAsync(int shard) => new CounterStore(tables).ReadShardAsync(shard, CancellationToken.None);

    // A counter set wrong by hand, as a bug or an operator could.
    public async Task SetWrongAsync(int shard, string status, int value)
        => await tables.GetTableClient(TableNames.CommentIndex).UpdateEntityAsync(
            new TableEntity(CounterShards.Partition(shard), CounterShards.CountsRow) { [status] = value }, Azure.ETag.All, TableUpdateMode.Merge);
}
