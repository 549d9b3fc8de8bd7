using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Moderation;
using NewsFunctions.Spam;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

public class ModerationSettingsCacheTests
{
    private readonly Mock<ISettingsStore> store = new();
    private readonly Mock<ISpamModelStore> models = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));

    private ModerationSettingsCache Cache()
        => new(store.Object, new SpamModelCache(models.Object, clock, NullLogger<SpamModelCache>.Instance), clock);

    [Fact]
    public async Task Get_WithinMaxAge_ReadsStorageOnceAndKeepsTheChecker()
    {
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync((ModerationSettings.Defaults, "v1"));
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Same(first, second);
        store.Verify(s => s.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Get_AfterMaxAge_SeesAChangeAndBuildsANewCheckerOnlyForANewVersion()
    {
        var pre = ModerationSettings.Defaults with { Mode = ModerationModes.Pre };
        store.SetupSequence(s => s.GetAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync((ModerationSettings.Defaults, "v1"))
            .ReturnsAsync((ModerationSettings.Defaults, "v1"))
            .ReturnsAsync((pre, "v2"));
        var cache = Cache();

        var first = await cache.GetAsync(CancellationToken.None);
        clock.Advance(ModerationSettingsCache.MaxAge);
        var sameVersion = await cache.GetAsync(CancellationToken.None);
        clock.Advance(ModerationSettingsCache.MaxAge);
        var changed = await cache.GetAsync(CancellationToken.None);

        Assert.Same(first.Checker, sameVersion.Checker);
        Assert.Equal(ModerationModes.Pre, changed.Settings.Mode);
        Assert.NotSame(first.Checker, changed.Checker);
    }

    [Fact]
    public async Task Get_NothingStored_GivesTheDefaults()
    {
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(((ModerationSettings, string)?)null);

        var current = await Cache().GetAsync(CancellationToken.None);

        Assert.Equal(ModerationSettings.Defaults, current.Settings);
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
        clock.Advance(ModerationSettingsCache.MaxAge);
        var after = await cache.GetAsync(CancellationToken.None);

        Assert.NotSame(first.Checker, after.Checker);
        models.Verify(m => m.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
