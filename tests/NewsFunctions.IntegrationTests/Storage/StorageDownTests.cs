using System.Net;
using NewsFunctions.IntegrationTests.Infrastructure;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.IntegrationTests.Storage;

// Each test owns its Azurite, because it takes storage away.
public class StorageDownTests
{
    [Fact]
    public async Task LocalHost_StartedBeforeStorage_SaysSoAnswers503ThenRecovers()
    {
        await using var storage = await AzuriteServer.StartAsync();
        storage.Stop();
        await using var host = await LocalHostProcess.StartAsync(storage.ConnectionString, waitUntilHealthy: false);
        using var client = host.CreateClient();

        var health = await client.GetAsync("/api/health");
        var article = await client.GetAsync(Path("articles", "any"));
        await storage.StartAgainAsync();
        await host.WaitForHealthAsync(TimeSpan.FromSeconds(60));
        var recovered = await client.GetAsync(Path("articles", "any"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, article.StatusCode);
        Assert.NotNull(article.Headers.RetryAfter);
        Assert.Equal("application/problem+json", article.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Is Azurite running?", host.Output);
        Assert.Equal(HttpStatusCode.NotFound, recovered.StatusCode);
    }

    [Fact]
    public async Task Put_StorageStoppedMidway_Returns503WithoutLeakingTheConnection()
    {
        await using var storage = await AzuriteServer.StartAsync();
        await using var host = await LocalHostProcess.StartAsync(storage.ConnectionString);
        using var editor = host.CreateClient(withKey: true);
        storage.Stop();

        var response = await editor.PutJsonAsync(Path("articles", "down"), Article());
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("AccountKey", text);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain("Exception", text);
    }
}
