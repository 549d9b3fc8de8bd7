using System.Text.RegularExpressions;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Hostile;

// Its own Azurite and local host: the replay proves that nothing at all was stored, which needs an
// account no other test writes to at the same time.
public sealed class HostileFixture : IAsyncLifetime
{
    public const string TargetSlug = "hostile-target";
    public const string AbsentSlug = "hostile-absent";
    public const string AbsentId = "hostile-no-such-id";

    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Storage, Host) = await new TestSystemBuilder().StartAsync();
        using var editor = Host.CreateClient(withKey: true);
        var put = await editor.PutJsonAsync(Path("articles", TargetSlug), Article(title: "هدف الاختبار العدائي"));
        put.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

public sealed partial class HostileCorpusTests(HostileFixture system) : IClassFixture<HostileFixture>
{
    // Every route of API.md, the pages (404 until the pages feature is merged), and the local host's home page.
    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "articles" },
        { "GET", "articles/{slug}" },
        { "PUT", "articles/{slug}" },
        { "DELETE", "articles/{slug}" },
        { "GET", "articles/{slug}/comments" },
        { "POST", "articles/{slug}/comments" },
        { "GET", "moderation/comments" },
        { "POST", "moderation/comments/{id}/approve" },
        { "POST", "moderation/comments/{id}/reject" },
        { "POST", "moderation/comments/{id}/spam" },
        { "GET", "moderation/settings" },
        { "PUT", "moderation/settings" },
        { "GET", "moderation/stats" },
        { "GET", "health" },
        { "GET", "openapi.json" },
        { "GET", "/" },
        { "GET", "widget.js" },
        { "GET", "widget.css" },
        { "GET", "pages/assets/{id}" },
        { "GET", "pages/articles/{slug}" },
        { "GET", "pages/moderation" },
    };

    [Fact]
    public void Corpus_HasAtLeast200RequestsOfEveryKind()
    {
        var corpus = HostileCorpus.Load();

        var kinds = corpus.Select(e => e.Category).ToHashSet();

        Assert.True(corpus.Count >= 200, $"{corpus.Count} requests");
        Assert.Equal(corpus.Count, corpus.Select(e => e.Id).Distinct().Count());
        Assert.Superset(new HashSet<string> { "broken-json", "wrong-type", "deep-nesting", "huge-body", "invalid-utf8", "control-bidi",
            "key-injection", "path-traversal", "header-abuse", "content-type", "query", "wrong-method" }, kinds);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Replay_EveryHostileRequestWithAndWithoutKey_No5xxNoLeakNothingStored(string method, string template)
    {
        var route = new HostileRoute(method, template);
        var corpus = HostileCorpus.Load();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8 }) { Timeout = TimeSpan.FromSeconds(60) };
        using var moderator = system.Host.CreateClient(withKey: true);
        var settingsBefore = await moderator.GetStringAsync("/api/moderation/settings");
        var before = await StorageSnapshot.TakeAsync(system.Storage.ConnectionString);
        var violations = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(corpus.SelectMany(e => new[] { (e, system.Host.FunctionKey), (e, (string?)null) }),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (item, cancellationToken) =>
            {
                var (entry, key) = item;
                var label = $"{route} {entry.Id} {(key is null ? "without" : "with")} key";
                using var request = HostileCorpus.Build(entry, route, system.Host.BaseAddress, HostileFixture.TargetSlug, HostileFixture.AbsentSlug, HostileFixture.AbsentId, key);
                var sentBytes = request.Content?.Headers.ContentLength ?? 0;
                try
                {
                    using var response = await client.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    if ((int)response.StatusCode >= 500)
                    {
                        violations.Add($"{label}: {(int)response.StatusCode} {Truncate(body)}");
                    }

                    if (Leak(body) is { } leak)
                    {
                        violations.Add($"{label}: body leaks '{leak}': {Truncate(body)}");
                    }
                }
                catch (HttpRequestException) when (sentBytes > 1024 * 1024)
                {
                    // Kestrel may answer 413 and close while a multi-megabyte upload is still being
                    // sent; the client then sees a reset instead of the answer. Refused is refused.
                }
                catch (HttpRequestException ex)
                {
                    violations.Add($"{label}: no answer ({ex.Message})");
                }
            });

        var after = await StorageSnapshot.TakeAsync(system.Storage.ConnectionString);
        var changed = before.Except(after).Select(r => "- " + r).Concat(after.Except(before).Select(r => "+ " + r))
            .Where(r => !(template == "moderation/settings" && r.Contains("table settings: ", StringComparison.Ordinal)))
            .ToList();

        // A JSON object without any settings field is a valid PUT meaning "all defaults" (API.md:
        // a missing field keeps its default), so the settings row may be rewritten, but only ever
        // with the values it already had: no hostile value may be stored.
        Assert.Equal(settingsBefore, await moderator.GetStringAsync("/api/moderation/settings"));
        Assert.True(violations.IsEmpty && changed.Count == 0,
            $"{violations.Count} violations and {changed.Count} storage changes on {route}:\n"
            + string.Join('\n', violations.Order().Take(40)) + "\n" + string.Join('\n', changed.Take(20)));
    }

    private static string? Leak(string body)
    {
        var match = LeakPattern().Match(body);
        return match.Success ? match.Value : null;
    }

    // A stack frame, an exception type name, a connection string or a storage key.
    [GeneratedRegex(@"\bat [\w.]+\(|\b[A-Z]\w*Exception\b|AccountKey|DefaultEndpointsProtocol|UseDevelopmentStorage|SharedAccessSignature|Eby8vdM02x|\.cs:line \d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeakPattern();

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
