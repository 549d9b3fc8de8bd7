using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Comments;

namespace NewsFunctions.LoadDriver;

// The running system as the scenarios use it: one HTTP client, the storage clients, this run's
// article, and the comment bodies and queue messages the scenarios send.
public sealed class BenchSite : IDisposable
{
    private readonly SystemUnderTest system;

    public BenchSite(SystemUnderTest system, DriverOptions options)
    {
        this.system = system;
        Options = options;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        Queues = new QueueServiceClient(system.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Tables = new TableServiceClient(system.StorageConnectionString);
        CommentsQueue = Queues.GetQueueClient(NewsFunctions.Storage.QueueNames.Comments);
    }

    public DriverOptions Options { get; }
    public HttpClient Client { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }
    public QueueClient CommentsQueue { get; }
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];
    public string Slug => "perf-" + RunId;

    // A realistic Arabic article of about 4,000 characters.
    private static string ArticleJson { get; } = JsonSerializer.Serialize(new
    {
        title = "اختبار الأداء: مقال عربي نموذجي",
        category = "تقنية",
        summary = "مقال يقيس سرعة الخادم.",
        tags = new[] { "أداء", "اختبار" },
        language = "ar",
        body = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"الفقرة {i}: " + string.Concat(Enumerable.Repeat("نص عربي لقياس سرعة الخادم المحلي. ", 5)))),
    });

    public Uri HostUri(string path) => new(system.HostUrl, path);

    public async Task PutArticleAsync(string slug)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, HostUri($"/api/articles/{slug}")) { Content = new StringContent(ArticleJson, Encoding.UTF8, "application/json") };
        put.Headers.Add("x-functions-key", system.FunctionKey);
        using var created = await Client.SendAsync(put);
        created.EnsureSuccessStatusCode();
    }

    // The flood rule holds back one client address for floodSeconds, and the driver is one address.
    public async Task SaveSettingsAsync()
    {
        using var settings = new HttpRequestMessage(HttpMethod.Put, HostUri("/api/moderation/settings"))
        {
            Content = new StringContent("""{"mode":"auto","maxLinks":2,"bannedWords":[],"suspectWords":[],"floodSeconds":0}""", Encoding.UTF8, "application/json"),
        };
        settings.Headers.Add("x-functions-key", system.FunctionKey);
        using var saved = await Client.SendAsync(settings);
        saved.EnsureSuccessStatusCode();
    }

    public async Task<QueueClient> CreateQueueAsync(string name)
    {
        var queue = Queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        return queue;
    }

    public string CommentBody(long n) => JsonSerializer.Serialize(new
    {
        author = $"قارئ {n}",
        email = $"reader-{RunId}-{n}@example.com",
        content = CommentText.For(n, RunId),
    });

    public async Task<string?> PostCommentAsync(Uri uri, long n, HttpStatusCode expected)
    {
        using var response = await Client.PostAsync(uri, new StringContent(CommentBody(n), Encoding.UTF8, "application/json"));
        return response.StatusCode == expected ? null : $"HTTP {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}";
    }

    // What POST enqueues, each message from its own reader (an address hash of the keyed HMAC's shape).
    public CommentMessage CommentMessage(int n, string article)
    {
        var now = DateTimeOffset.UtcNow;
        var address = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{RunId}-{n}")))[..32];
        return new CommentMessage(NewsFunctions.Comments.CommentMessage.CurrentVersion, CommentIds.New(now), article, $"قارئ {n}", $"drain-{RunId}-{n}@example.com",
            CommentText.For(n, RunId), null, null, null, address, now);
    }

    // The moderation statistics once the queue is empty; the last messages get a moment to land.
    public async Task<string> StatsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var body = "";
        while (DateTime.UtcNow < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, HostUri("/api/moderation/stats"));
            request.Headers.Add("x-functions-key", system.FunctionKey);
            using var response = await Client.SendAsync(request);
            body = $"HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode && (await CommentsQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0)
            {
                break;
            }

            await Task.Delay(500);
        }

        return body;
    }

    public void Dispose() => Client.Dispose();

    private static string Truncate(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
