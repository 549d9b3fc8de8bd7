using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Moq;
using NewsFunctions.Comments;

namespace NewsFunctions.Tests.Comments;

public class SiteKeysTests
{
    private readonly Mock<ISiteSecretStore> secrets = new();

    private SiteKeys Keys(string? configured = null, string? previous = null)
    {
        var settings = new Dictionary<string, string?>();
        if (configured is not null)
        {
            settings[SiteKeys.SecretSettingName] = configured;
        }

        if (previous is not null)
        {
            settings[SiteKeys.PreviousSecretSettingName] = previous;
        }

        return new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), secrets.Object);
    }

    [Fact]
    public async Task Avatar_SameEmailInOtherCase_IsTheSameAndIsNoPlainHash()
    {
        var hasher = (await Keys("secret-a").GetHashersAsync(CancellationToken.None)).Current;

        var avatar = hasher.Avatar("Ali@Example.com");

        Assert.Equal(avatar, hasher.Avatar(" ali@example.com "));
        Assert.DoesNotContain(avatar, Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes("ali@example.com"))));
        Assert.DoesNotContain(avatar, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ali@example.com"))));
    }

    [Fact]
    public async Task GetHashers_UnresolvedKeyVaultReference_RefusesInsteadOfHashingWithIt()
    {
        var keys = Keys("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/comments-hash-secret/)");

        await Assert.ThrowsAsync<InvalidOperationException>(() => keys.GetHashersAsync(CancellationToken.None));
        secrets.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Hashes_DependOnTheSecret()
    {
        var a = (await Keys("secret-a").GetHashersAsync(CancellationToken.None)).Current;
        var b = (await Keys("secret-b").GetHashersAsync(CancellationToken.None)).Current;

        Assert.NotEqual(a.Avatar("ali@example.com"), b.Avatar("ali@example.com"));
        Assert.NotEqual(a.ClientAddress("203.0.113.7"), b.ClientAddress("203.0.113.7"));
    }

    [Fact]
    public async Task Duplicate_FieldBoundariesMatter()
    {
        var hasher = (await Keys("secret-a").GetHashersAsync(CancellationToken.None)).Current;

        Assert.NotEqual(hasher.Duplicate("s", "ab", "e@example.com", "c"), hasher.Duplicate("s", "a", "e@example.com", "bc"));
        Assert.Equal(hasher.Duplicate("s", "a", "E@example.com", "c"), hasher.Duplicate("s", "a", "e@example.com", "c"));
    }

    [Fact]
    public async Task GetHashers_NoConfiguredSecret_UsesTheStoredOneOnce()
    {
        secrets.Setup(s => s.GetOrCreateAsync(It.IsAny<CancellationToken>())).ReturnsAsync("stored-secret");
        var keys = Keys();

        var first = (await keys.GetHashersAsync(CancellationToken.None)).Current;
        var second = (await keys.GetHashersAsync(CancellationToken.None)).Current;

        Assert.Equal(first.Avatar("a@example.com"), second.Avatar("a@example.com"));
        Assert.NotEqual((await Keys("other").GetHashersAsync(CancellationToken.None)).Current.Avatar("a@example.com"), first.Avatar("a@example.com"));
        secrets.Verify(s => s.GetOrCreateAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetHashers_PreviousSecret_CandidatesAreTheCurrentHashThenThePreviousOnes()
    {
        var a = (await Keys("secret-a").GetHashersAsync(CancellationToken.None)).Current;
        var b = (await Keys("secret-b").GetHashersAsync(CancellationToken.None)).Current;

        var rotated = await Keys("secret-b", previous: "secret-a").GetHashersAsync(CancellationToken.None);

        Assert.Equal([b.Avatar("ali@example.com"), a.Avatar("ali@example.com")], rotated.Candidates(h => h.Avatar("ali@example.com")));
        Assert.Equal(b.EditToken("t"), rotated.Current.EditToken("t"));
        Assert.Equal(a.Duplicate("s", "a", "e@example.com", "c"), rotated.Previous!.Duplicate("s", "a", "e@example.com", "c"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("secret-b")]
    public async Task GetHashers_NoOtherPreviousSecret_HasOneCandidate(string? previous)
    {
        var hashers = await Keys("secret-b", previous).GetHashersAsync(CancellationToken.None);

        Assert.Null(hashers.Previous);
        Assert.Single(hashers.Candidates(h => h.ClientAddress("203.0.113.7")));
    }

    [Fact]
    public async Task GetHashers_StoredCurrentSecretAndConfiguredPrevious_HashesWithBoth()
    {
        secrets.Setup(s => s.GetOrCreateAsync(It.IsAny<CancellationToken>())).ReturnsAsync("stored-secret");
        var stored = (await Keys("stored-secret").GetHashersAsync(CancellationToken.None)).Current;
        var old = (await Keys("secret-a").GetHashersAsync(CancellationToken.None)).Current;

        var hashers = await Keys(previous: "secret-a").GetHashersAsync(CancellationToken.None);

        Assert.Equal([stored.Author("ali"), old.Author("ali")], hashers.Candidates(h => h.Author("ali")));
    }

    [Fact]
    public async Task GetHashers_UnresolvedPreviousKeyVaultReference_Refuses()
    {
        var keys = Keys("secret-b", "@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/comments-previous-hash-secret/)");

        await Assert.ThrowsAsync<InvalidOperationException>(() => keys.GetHashersAsync(CancellationToken.None));
    }
}
