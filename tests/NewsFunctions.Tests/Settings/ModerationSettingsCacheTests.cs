using Moq;
using NewsFunctions.Settings;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Settings;

public class ModerationSettingsCacheTests
{
    private readonly Mock<ISettingsStore> store = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));

    private ModerationSettingsCache Cache() => new(store.Object, clock);

    [Fact]
    public async Task Get_WithinMaxAge_ReadsStorageOnce()
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
    public async Task Get_AfterMaxAge_SeesAChangeAndKeepsTheValueOfAnUnchangedVersion()
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

        Assert.Same(first, sameVersion);
        Assert.Equal(ModerationModes.Pre, changed.Settings.Mode);
        Assert.Equal("v2", changed.Version);
    }

    [Fact]
    public async Task Get_NothingStored_GivesTheDefaults()
    {
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(((ModerationSettings, string)?)null);

        var current = await Cache().GetAsync(CancellationToken.None);

        Assert.Equal(ModerationSettings.Defaults, current.Settings);
    }
}
