using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;
using NewsFunctions.Tests.Comments;

namespace NewsFunctions.Tests.Moderation;

// The stores behind an AutoModerator as mocks, an empty store that conflicts on a stored id as the
// real one does, and a fixed clock; each test class of the moderator starts from these.
public abstract class AutoModeratorFixture
{
    protected readonly Mock<ICommentStore> store = new();
    protected readonly Mock<IArticleStore> articles = new();
    protected readonly Mock<ISettingsStore> settings = new();
    protected readonly Mock<IReaderClaimStore> claims = new();
    protected readonly Mock<INearDuplicateStore> nearDuplicates = new();
    protected readonly Mock<ICommentCounter> counter = new();
    protected readonly Mock<NewsFunctions.Counters.IStatusCounter> statusCounter = new();
    protected readonly Mock<NewsFunctions.Bans.IBanStore> bans = new();
    protected readonly Mock<ISpamModelStore> models = new();
    protected readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:02Z"));
    protected readonly List<StoredComment> added = [];

    protected AutoModeratorFixture()
    {
        var now = clock.GetUtcNow();
        articles.Setup(a => a.GetAsync(Comments.Slug, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredArticle(new ArticleDraft(Comments.Slug, "t", "b", "c", null, [], null, null, null, "ar", now, true), now, 0, "e"));
        settings.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(((ModerationSettings, string)?)null);
        claims.Setup(s => s.ClaimAsReaderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, string id, DateTimeOffset _, CancellationToken _) => new ReaderClaim(id, null));
        store.Setup(s => s.AddAsync(It.IsAny<StoredComment>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((StoredComment c, CancellationToken _) =>
            {
                // As the real store: an id that is stored already conflicts and returns the stored one.
                if (added.FirstOrDefault(a => a.Id == c.Id) is { } existing)
                {
                    return (existing, false);
                }

                added.Add(c);
                return (c with { ETag = "e1" }, true);
            });
    }

    protected AutoModerator Moderator(ModerationSettings? with = null)
    {
        if (with is not null)
        {
            settings.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync((with, "v1"));
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(SiteKeys.SecretSettingName, "test-secret")]).Build();
        var modelCache = new SpamModelCache(models.Object, clock, NullLogger<SpamModelCache>.Instance);
        return new AutoModerator(store.Object, new DurableChecks(claims.Object, nearDuplicates.Object, store.Object, bans.Object), articles.Object, counter.Object, statusCounter.Object, claims.Object,
            new SpamCheckerCache(new ModerationSettingsCache(settings.Object, clock), modelCache), new SiteKeys(configuration, Mock.Of<ISiteSecretStore>()), clock, NullLogger<AutoModerator>.Instance);
    }
}
