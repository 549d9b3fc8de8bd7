using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Moq;
using NewsFunctions.Comments;

namespace NewsFunctions.Tests.Comments;

public class SiteKeysTests
{
    private readonly Mock<ISiteSecretStore> secrets = new();

    private SiteKeys Keys(string? configured = null)
        => new(new ConfigurationBuilder().AddInMemoryCollection(configured is null ? [] : [new(SiteKeys.SecretSettingName, configured)]).Build(), secrets.Object);

    [Fact]
    public async Task Avatar_SameEmailInOtherCase_IsTheSameAndIsNoPlainHash()
    {
        var hasher = await Keys("secret-a").GetHasherAsync(CancellationToken.None);

        var avatar = hasher.Avatar("Ali@Example.com");

        Assert.Equal(avatar, hasher.Avatar(" ali@example.com "));
        Assert.DoesNotContain(avatar, Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes("ali@example.com"))));
        Assert.DoesNotContain(avatar, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ali@example.com"))));
    }

    [Fact]
    public async Task GetHasher_UnresolvedKeyVaultReference_RefusesInsteadOfHashingWithIt()
    {
        var keys = Keys("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/comments-hash-secret/)");

        await Assert.ThrowsAsync<InvalidOperationException>(() => keys.GetHasherAsync(CancellationToken.None));
        secrets.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Hashes_DependOnTheSecret()
    {
        var a = await Keys("secret-a").GetHasherAsync(CancellationToken.None);
        var b = await Keys("secret-b").GetHasherAsync(CancellationToken.None);

        Assert.NotEqual(a.Avatar("ali@example.com"), b.Avatar("ali@example.com"));
        Assert.NotEqual(a.ClientAddress("203.0.113.7"), b.ClientAddress("203.0.113.7"));
    }

    [Fact]
    public async Task Duplicate_FieldBoundariesMatter()
    {
        var hasher = await Keys("secret-a").GetHasherAsync(CancellationToken.None);

        Assert.NotEqual(hasher.Duplicate("s", "ab", "e@example.com", "c"), hasher.Duplicate("s", "a", "e@example.com", "bc"));
        Assert.Equal(hasher.Duplicate("s", "a", "E@example.com", "c"), hasher.Duplicate("s", "a", "e@example.com", "c"));
    }

    [Fact]
    public async Task GetHasher_NoConfiguredSecret_UsesTheStoredOneOnce()
    {
        secrets.Setup(s => s.GetOrCreateAsync(It.IsAny<CancellationToken>())).ReturnsAsync("stored-secret");
        var keys = Keys();

        var first = await keys.GetHasherAsync(CancellationToken.None);
        var second = await keys.GetHasherAsync(CancellationToken.None);

        Assert.Equal(first.Avatar("a@example.com"), second.Avatar("a@example.com"));
        Assert.NotEqual((await Keys("other").GetHasherAsync(CancellationToken.None)).Avatar("a@example.com"), first.Avatar("a@example.com"));
        secrets.Verify(s => s.GetOrCreateAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
