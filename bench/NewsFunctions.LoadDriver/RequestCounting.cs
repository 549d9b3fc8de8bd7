using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace NewsFunctions.LoadDriver;

// Storage requests per comment, from Azurite's own log: a fresh Azurite that logs every request and
// the host with its listener on; N comments from distinct readers POSTed to one article; every
// request Azurite serves from the first POST until the queue is empty, counted by operation. The
// driver's own polls carry an application id of their own and are left out.
public static partial class RequestCounting
{
    private const string PollId = "loaddriver-poll";

    public static async Task<RequestCounts> MeasureAsync(DriverOptions options, int comments)
    {
        var log = Path.Combine(Directory.CreateTempSubdirectory("azurite-log-").FullName, "debug.log");
        await using var system = await SystemUnderTest.StartLoggedAsync(options, log);
        using var site = new BenchSite(system, options);
        await site.PutArticleAsync(site.Slug);
        await site.SaveSettingsAsync();
        var approved = new TableClient(system.StorageConnectionString, NewsFunctions.Storage.TableNames.CommentIndex,
            new TableClientOptions { Diagnostics = { ApplicationId = PollId } });
        var comment = site.HostUri($"/api/articles/{site.Slug}/comments");

        // Settle the host's start-up requests (queue creation, first polls) before the window opens.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var from = DateTimeOffset.UtcNow;
        long next = 0, accepted = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n <= comments; n = Interlocked.Increment(ref next))
            {
                var failure = await site.PostCommentAsync(comment, n, HttpStatusCode.Accepted);
                Interlocked.Increment(ref failure is null ? ref accepted : ref failed);
            }
        })));

        // Done when every accepted comment has its public row; then the messages' deletes and the
        // counters' requests that follow the last store are given two seconds to land.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        int published;
        while ((published = await PublishedAsync(approved, site.Slug)) < accepted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Console.WriteLine($"  {published} of {accepted} accepted comments published");

        await Task.Delay(TimeSpan.FromSeconds(2));
        var to = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1));
        return Count(File.ReadLines(log), from, to, accepted, failed);
    }

    private static async Task<int> PublishedAsync(TableClient comments, string slug)
    {
        var rows = 0;
        await foreach (var _ in comments.QueryAsync<TableEntity>($"PartitionKey eq '{NewsFunctions.Comments.CommentKeys.ApprovedPartition(slug)}'", select: ["RowKey"]))
        {
            rows++;
        }

        return rows;
    }

    // A request's first line names its service and headers; a later line its operation.
    public static RequestCounts Count(IEnumerable<string> lines, DateTimeOffset from, DateTimeOffset to, long comments, long failed)
    {
        var started = new Dictionary<string, (DateTimeOffset At, string Resource, bool Poll)>();
        var operations = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = LogLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var id = match.Groups["id"].Value;
            var at = DateTimeOffset.Parse(match.Groups["at"].Value, CultureInfo.InvariantCulture);
            var text = match.Groups["text"].Value;
            if (text.Contains("StorageContextMiddleware: RequestMethod=", StringComparison.OrdinalIgnoreCase))
            {
                started.TryAdd(id, (at, ResourceOf(text), text.Contains(PollId, StringComparison.Ordinal)));
            }
            else if (text.StartsWith("DispatchMiddleware: Operation=", StringComparison.Ordinal)
                     && started.TryGetValue(id, out var request) && !request.Poll && request.At >= from && request.At <= to)
            {
                var operation = text["DispatchMiddleware: Operation=".Length..].Trim() + " " + request.Resource;
                operations[operation] = operations.GetValueOrDefault(operation) + 1;
            }
        }

        return new RequestCounts(comments, failed, to - from, operations);
    }

    // The table, queue or container the request is for: the first path segment after the account.
    private static string ResourceOf(string text)
    {
        var url = Resource().Match(text);
        return url.Success ? url.Groups["name"].Value : "";
    }

    [GeneratedRegex(@"RequestURL=\S*?/devstoreaccount1/(?<name>[$A-Za-z0-9-]+)")]
    private static partial Regex Resource();

    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\dT[\d:.]+Z)\s+(?<id>[0-9a-f-]{36})\s+\w+:\s(?<text>.*)$")]
    private static partial Regex LogLine();
}

// Operations are Azurite's names: Table_InsertEntity, Table_Batch, Messages_Enqueue, ...
public sealed record RequestCounts(long Comments, long Failed, TimeSpan Window, IReadOnlyDictionary<string, int> Operations)
{
    public static string ServiceOf(string operation)
        => operation.StartsWith("Table", StringComparison.Ordinal) ? "table"
            : operation.StartsWith("Message", StringComparison.Ordinal) || operation.StartsWith("Queue", StringComparison.Ordinal) ? "queue" : "blob";

    public double PerComment(string service)
        => Operations.Where(o => ServiceOf(o.Key) == service).Sum(o => o.Value) / (double)Math.Max(1, Comments);
}
