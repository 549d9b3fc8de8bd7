using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace NewsFunctions.LoadDriver;

// Storage requests per comment, from Azurite's own log: a fresh Azurite that logs every request and
// the host with its listener on. Each comment is a different reader's: the ham of the written
// evaluation sets (comments by several writers, each text once), from its own loopback address and
// email, to one article. Every request Azurite serves from the first POST until every comment is
// stored is counted by operation and table. The driver's own polls carry an application id of their
// own and are left out.
public static partial class RequestCounting
{
    private const string PollId = "loaddriver-poll";

    public static async Task<RequestCounts> MeasureAsync(DriverOptions options, int comments)
    {
        var texts = HamTexts().Take(comments).ToList();
        var log = Path.Combine(Directory.CreateTempSubdirectory("azurite-log-").FullName, "debug.log");
        await using var system = await SystemUnderTest.StartLoggedAsync(options, log);
        using var site = new BenchSite(system, options);
        await site.PutArticleAsync(site.Slug);
        await site.SaveSettingsAsync();
        var stored = new TableClient(system.StorageConnectionString, NewsFunctions.Storage.TableNames.Comments,
            new TableClientOptions { Diagnostics = { ApplicationId = PollId } });
        var uri = site.HostUri($"/api/articles/{site.Slug}/comments");
        using var readers = new HttpClient(new SocketsHttpHandler { ConnectCallback = FromReaderAddressAsync }) { Timeout = TimeSpan.FromSeconds(30) };

        // Settle the host's start-up requests (queue creation, first polls) before the window opens.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var from = DateTimeOffset.UtcNow;
        long next = -1, accepted = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n < texts.Count; n = Interlocked.Increment(ref next))
            {
                var ok = await PostAsync(readers, uri, n, texts[(int)n], site.RunId);
                Interlocked.Increment(ref ok ? ref accepted : ref failed);
            }
        })));

        // Done when every accepted comment is stored, whatever its status; then the messages'
        // deletes and the counters' requests that follow the last store get two seconds to land.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        int count;
        while ((count = await StoredAsync(stored)) < accepted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        Console.WriteLine($"  {count} of {accepted} accepted comments stored");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var to = DateTimeOffset.UtcNow;
        await WaitForLogAsync(stored, log, site.RunId);
        return Count(ReadLines(log), from, to, accepted, failed);
    }

    // Azurite writes its log behind the requests it serves, by many seconds under load, and in order:
    // once a request sent now is in it, so is everything before.
    private static async Task WaitForLogAsync(TableClient client, string log, string runId)
    {
        var marker = "log-end-" + runId;
        await client.GetEntityIfExistsAsync<TableEntity>(marker, marker);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!LogContains(log, marker) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
        }
    }

    private static bool LogContains(string log, string text)
    {
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        reader.BaseStream.Seek(Math.Max(0, reader.BaseStream.Length - 1_000_000), SeekOrigin.Begin);
        return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> HamTexts()
    {
        var corpus = NewsFunctions.Spam.SpamCorpus.FindDirectory();
        return new[] { "written-b.tsv", "written-c.tsv", "written-d.tsv", "written-e.tsv" }
            .SelectMany(file => NewsFunctions.Spam.SpamCorpus.Load(Path.Combine(corpus, file)))
            .Where(row => !row.IsSpam)
            .Select(row => row.Content)
            .Distinct(StringComparer.Ordinal);
    }

    // A connection of its own per comment, from 127.1.x.y: the host sees one reader address each.
    private static async Task<bool> PostAsync(HttpClient readers, Uri uri, long n, string content, string runId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(new { author = $"قارئ {n}", email = $"reader-{runId}-{n}@example.com", content }),
        };
        request.Headers.ConnectionClose = true;
        request.Options.Set(Source, new IPAddress([127, 1, (byte)(n / 250 % 250 + 1), (byte)(n % 250 + 1)]));
        using var response = await readers.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    private static readonly HttpRequestOptionsKey<IPAddress> Source = new("reader-address");

    private static async ValueTask<Stream> FromReaderAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (context.InitialRequestMessage.Options.TryGetValue(Source, out var source))
            {
                socket.Bind(new IPEndPoint(source, 0));
            }

            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static IEnumerable<string> ReadLines(string log)
    {
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static async Task<int> StoredAsync(TableClient comments)
    {
        var rows = 0;
        var filter = $"RowKey eq '{NewsFunctions.Comments.CommentKeys.MainRow}'";
        await foreach (var _ in comments.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
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
