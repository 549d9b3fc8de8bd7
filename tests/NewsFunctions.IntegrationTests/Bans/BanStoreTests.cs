using Microsoft.Extensions.Time.Testing;
using NewsFunctions.Bans;
using NewsFunctions.IntegrationTests.Storage;

namespace NewsFunctions.IntegrationTests.Bans;

// Two stores on one table stand for two instances of the app.
public sealed class BanStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task IsBanned_ManyComments_CostOneQueryOfTheBanRowsInAWhile()
    {
        var log = new RequestLog();
        var store = new BanStore(log.Tables(azurite.Storage.ConnectionString), new FakeTimeProvider(Now));
        await store.AddAsync(Ban("email-1", "address-1"), CancellationToken.None);
        var before = log.Count;

        var answers = new List<bool>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await store.IsBannedAsync([$"email-{i % 3}"], [$"address-{i}"], Now, CancellationToken.None));
        }

        Assert.Equal(20, answers.Count);
        Assert.Equal(7, answers.Count(banned => banned));
        Assert.Equal(1, log.Count - before);
    }

    [Fact]
    public async Task IsBanned_ABanByAnotherInstance_AppliesOnceTheSnapshotIsOld()
    {
        var clock = new FakeTimeProvider(Now);
        var checking = new BanStore(azurite.Tables, clock);
        var banning = new BanStore(azurite.Tables, clock);
        Assert.False(await checking.IsBannedAsync(["email-other"], [], Now, CancellationToken.None));

        await banning.AddAsync(Ban("email-other", null), CancellationToken.None);
        var soon = await checking.IsBannedAsync(["email-other"], [], Now, CancellationToken.None);
        clock.Advance(BanSnapshot.MaxAge + TimeSpan.FromSeconds(1));
        var later = await checking.IsBannedAsync(["email-other"], [], Now, CancellationToken.None);

        Assert.False(soon);
        Assert.True(later);
    }

    [Fact]
    public async Task IsBanned_ThisInstancesBanAndLift_ApplyAtOnce()
    {
        var store = new BanStore(azurite.Tables, new FakeTimeProvider(Now));
        Assert.False(await store.IsBannedAsync([], ["address-own"], Now, CancellationToken.None));

        var ban = Ban("email-own", "address-own");
        await store.AddAsync(ban, CancellationToken.None);
        var banned = await store.IsBannedAsync([], ["address-own"], Now, CancellationToken.None);
        await store.LiftAsync(ban.Ban.Id, CancellationToken.None);
        var lifted = await store.IsBannedAsync([], ["address-own"], Now, CancellationToken.None);

        Assert.True(banned);
        Assert.False(lifted);
    }

    [Fact]
    public async Task IsBanned_AnExpiredBan_DoesNotBan()
    {
        var store = new BanStore(azurite.Tables, new FakeTimeProvider(Now));
        await store.AddAsync(Ban("email-expired", null, expires: Now.AddMinutes(5)), CancellationToken.None);

        Assert.True(await store.IsBannedAsync(["email-expired"], [], Now, CancellationToken.None));
        Assert.False(await store.IsBannedAsync(["email-expired"], [], Now.AddMinutes(6), CancellationToken.None));
    }

    private static StoredBan Ban(string emailKey, string? addressKey, DateTimeOffset? expires = null)
        => new(new Ban(Guid.NewGuid().ToString("N"), Now, expires ?? Now.AddDays(7), "test", "moderator", "قارئ"), emailKey, addressKey);
}
