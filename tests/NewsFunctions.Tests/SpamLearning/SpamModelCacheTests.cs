using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.SpamLearning;

public class SpamModelCacheTests
{
    private readonly Mock<ISpamModelStore> store = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
    private readonly SpamModel retrained = SpamModel.Train([("win cash now", true), ("good article", false)]);

    private SpamModelCache Cache() => new(store.Object, clock, NullLogger<SpamModelCache>.Instance);

    private void Stored(string version)
    {
        store.Setup(s => s.GetVersionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(version);
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((retrained, new SpamModelInfo(version, clock.GetUtcNow(), SpamModelSources.Retrained, new TrainingCounts(1, 1, 0))));
    }

    [Fact]
    public async Task Get_NothingStored_UsesTheEmbeddedDefault()
    {
        var current = await Cache().GetAsync(CancellationToken.None);

        Assert.Same(SpamModel.Default, current.Model);
        Assert.Equal(SpamModelSources.Default, current.Info.Source);
    }

    [Fact]
    public async Task Get_StoredModel_DownloadsItOnceThenOnlyChecksTheVersion()
    {
        Stored("m1");
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(SpamModelCache.MaxAge);
        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Same(retrained, first.Model);
        Assert.Same(first, second);
        store.Verify(s => s.GetVersionAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
        store.Verify(s => s.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Get_WithinMaxAge_DoesNotTouchStorage()
    {
        Stored("m1");
        var cache = Cache();

        await cache.GetAsync(CancellationToken.None);
        clock.Advance(SpamModelCache.MaxAge - TimeSpan.FromMilliseconds(1));
        await cache.GetAsync(CancellationToken.None);

        store.Verify(s => s.GetVersionAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Get_StoreUnreachableAfterAModelWasLoaded_KeepsThatModelAndTriesAgainLater()
    {
        Stored("m1");
        var cache = Cache();
        var first = await cache.GetAsync(CancellationToken.None);
        store.Setup(s => s.GetVersionAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new Azure.RequestFailedException(503, "blob service down"));

        clock.Advance(SpamModelCache.MaxAge);
        var during = await cache.GetAsync(CancellationToken.None);
        clock.Advance(SpamModelCache.MaxAge);
        await cache.GetAsync(CancellationToken.None);

        Assert.Same(first, during);
        store.Verify(s => s.GetVersionAsync(It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Get_StoreUnreachableOnTheFirstRead_UsesTheEmbeddedDefault()
    {
        store.Setup(s => s.GetVersionAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("connection refused"));

        var current = await Cache().GetAsync(CancellationToken.None);

        Assert.Same(SpamModelCache.Embedded, current);
    }

    [Fact]
    public async Task Get_StoredModelUnreadable_KeepsScoringWithTheDefault()
    {
        store.Setup(s => s.GetVersionAsync(It.IsAny<CancellationToken>())).ReturnsAsync("m1");
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidDataException("format 2"));

        var current = await Cache().GetAsync(CancellationToken.None);

        Assert.Same(SpamModel.Default, current.Model);
    }
}
