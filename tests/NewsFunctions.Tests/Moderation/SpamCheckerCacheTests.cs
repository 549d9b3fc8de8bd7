using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

public class SpamCheckerCacheTests
{
    private readonly Mock<ISettingsStore> store = new();
    private readonly Mock<ISpamModelStore> models = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));

    private SpamCheckerCache Cache()
        => new(new ModerationSettingsCache(store.Object, clock), new SpamModelCache(models.Object, clock, NullLogger<SpamModelCache>.Instance));

    [Fact]
    public async Task Get_SameVersions_KeepsTheChecker()
    {
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync((ModerationSettings.Defaults, "v1"));
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(ModerationSettingsCache.MaxAge);
        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Same(first.Checker, second.Checker);
    }

    [Fact]
    public async Task Get_NewSettingsVersion_BuildsANewChecker()
    {
        var pre = ModerationSettings.Defaults with { Mode = ModerationModes.Pre };
        store.SetupSequence(s => s.GetAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((ModerationSettings.Defaults, "v1"))
            .ReturnsAsync((pre, "v2"));
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(ModerationSettingsCache.MaxAge);
        var changed = await cache.GetAsync(CancellationToken.None);

        Assert.Equal(ModerationModes.Pre, changed.Settings.Mode);
        Assert.NotSame(first.Checker, changed.Checker);
    }

    [Fact]
    public async Task Get_ModelRetrainedElsewhere_BuildsANewCheckerForTheSameSettings()
    {
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync((ModerationSettings.Defaults, "v1"));
        var retrained = SpamModel.Train([("win cash now", true), ("good article", false)]);
        models.SetupSequence(m => m.GetVersionAsync(It.IsAny<CancellationToken>())).ReturnsAsync((string?)null).ReturnsAsync("m2");
        models.Setup(m => m.GetAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((retrained, new SpamModelInfo("m2", clock.GetUtcNow(), SpamModelSources.Retrained, new TrainingCounts(1, 1, 0))));
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(SpamModelCache.MaxAge);
        var after = await cache.GetAsync(CancellationToken.None);

        Assert.NotSame(first.Checker, after.Checker);
        models.Verify(m => m.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
