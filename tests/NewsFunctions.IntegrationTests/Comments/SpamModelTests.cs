using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using NewsFunctions.IntegrationTests.Infrastructure;
using NewsFunctions.Spam;
using Xunit.Abstractions;
using static NewsFunctions.IntegrationTests.Comments.CommentApi;

namespace NewsFunctions.IntegrationTests.Comments;

// Its own storage and hosts: a retrain changes the model every comment is scored with. A second
// instance on the same storage shows that the others pick the new model up within seconds.
public sealed class SpamModelHostFixture : IAsyncLifetime
{
    public AzuriteServer Storage { get; private set; } = null!;

    public LocalHostProcess Host { get; private set; } = null!;

    public LocalHostProcess OtherInstance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Storage, Host) = await HostForOneClient(bannedWords: [], suspectWords: []).StartAsync();
        OtherInstance = await LocalHostProcess.StartAsync(Storage.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await OtherInstance.DisposeAsync();
        await Storage.DisposeAsync();
    }
}

public class SpamModelTests(SpamModelHostFixture system, ITestOutputHelper output) : IClassFixture<SpamModelHostFixture>
{
    // A made-up campaign: its words are in neither the corpus nor the embedded model, no rule
    // (links, phones, word lists, letters) fires on it, so only a model trained on the moderators'
    // decisions can hold it. One author name throughout, so the near-duplicate check stays out of it.
    private static readonly string[] Campaign =
    [
        "quintessa holders of zorblax: the presale bonus doubles for early zorblax buyers this week",
        "join the zorblax quintessa circle, presale seats for quintessa are almost gone",
        "zorblax quintessa presale round two: holders keep the bonus, new buyers get extra zorblax",
        "early quintessa buyers earn zorblax rewards in the presale, ask the quintessa circle",
        "my zorblax quintessa shares doubled since the presale, the circle shares every bonus",
    ];

    private static readonly string[] Ham =
    [
        "the council vote on the new bus lanes was closer than the article suggests",
        "thank you for the clear reporting on the flood relief, my town needs more of this",
        "مقال متوازن عن الانتخابات البلدية، شكراً للكاتب",
    ];

    private readonly HttpClient reader = system.Host.CreateClient();
    private readonly HttpClient moderator = system.Host.CreateClient(withKey: true);

    [Fact]
    public async Task Retrain_OnModeratorsDecisions_IsUsedWithinSecondsAndHoldsTheCampaign()
    {
        var slug = await NewArticleAsync(moderator, "model");
        var before = await (await moderator.GetAsync("/api/moderation/model")).ReadJsonAsync();
        var beforeProbe = await PostAndWaitAsync(slug, "zorblax quintessa presale news for quintessa holders this friday");
        foreach (var text in Campaign)
        {
            await DecideAsync(await PostAndWaitAsync(slug, text), "spam");
        }

        foreach (var text in Ham)
        {
            await DecideAsync(await PostAndWaitAsync(slug, text), "approve");
        }

        var clock = Stopwatch.StartNew();
        var retrain = await moderator.PostAsync("/api/moderation/model/retrain", null);
        output.WriteLine($"retrain: {clock.ElapsedMilliseconds} ms");
        var trained = await retrain.ReadJsonAsync();
        var current = await (await moderator.GetAsync("/api/moderation/model")).ReadJsonAsync();
        using var other = system.OtherInstance.CreateClient(withKey: true);
        var elsewhere = await Poll.UntilAsync(async () => await (await other.GetAsync("/api/moderation/model")).ReadJsonAsync(),
            m => (string?)m["version"] == (string?)trained["version"], TimeSpan.FromSeconds(5), "the other instance to use the new model");
        output.WriteLine($"retrain to the other instance's checker: {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        var afterProbe = await PostAndWaitAsync(slug, "the zorblax quintessa circle opens its presale to new holders with a bonus");
        output.WriteLine($"POST to held with the retrained model: {clock.ElapsedMilliseconds} ms");

        Assert.Equal("default", (string?)before["source"]);
        Assert.Equal("approved", (string?)beforeProbe["status"]);
        Assert.Equal(HttpStatusCode.OK, retrain.StatusCode);
        Assert.True((bool)trained["replaced"]!, trained.ToJsonString());
        Assert.InRange((int)trained["candidate"]!["hamHeld"]!, 0, (int)((int)trained["candidate"]!["ham"]! * SpamCorpus.CalibrationHamHeld));
        Assert.Equal(Campaign.Length + Ham.Length, (int)trained["trainedOn"]!["fromModerators"]!);
        Assert.True((int)trained["trainedOn"]!["spam"]! > Campaign.Length);
        Assert.True((int)trained["trainedOn"]!["ham"]! > Ham.Length);
        Assert.Equal((string?)trained["version"], (string?)current["version"]);
        Assert.Equal("retrained", (string?)current["source"]);
        Assert.Equal("retrained", (string?)elsewhere["source"]);
        Assert.Equal((DateTimeOffset)trained["trainedAt"]!, (DateTimeOffset)current["trainedAt"]!);
        Assert.Equal("pending", (string?)afterProbe["status"]);
        Assert.Contains(afterProbe["reasons"]!.AsArray(), r => ((string)r!).Contains("model"));
    }

    [Fact]
    public async Task ModelRoutes_WithoutKey_Return401()
    {
        var get = await reader.GetAsync("/api/moderation/model");
        var retrain = await reader.PostAsync("/api/moderation/model/retrain", null);

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, retrain.StatusCode);
    }

    private async Task<JsonNode> PostAndWaitAsync(string slug, string text)
        => await WaitForStatusAsync(moderator, await PostAsync(reader, slug, Comment(text)));

    private async Task DecideAsync(JsonNode comment, string action)
    {
        var response = await moderator.PostAsync($"/api/moderation/comments/{(string)comment["id"]!}/{action}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
