using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Comments;

// Keyed hashes (HMAC-SHA256 with the site secret) for everything that must not be stored or shown
// in the clear: client addresses, avatar tokens, duplicate keys. Without the secret none of them can
// be reversed by hashing guesses, which an unsalted hash (a Gravatar MD5) would allow. A rotation
// sets the new secret as current and the old one as previous until the longest window has passed
// (docs/DEPLOY.md), so rows written before it are still found.
public sealed class SiteKeys(IConfiguration configuration, ISiteSecretStore secrets)
{
    public const string SecretSettingName = "Comments:HashSecret";
    public const string PreviousSecretSettingName = "Comments:PreviousHashSecret";

    private readonly SemaphoreSlim loading = new(1, 1);
    private SiteHashers? hashers;

    public async Task<SiteHashers> GetHashersAsync(CancellationToken cancellationToken)
    {
        if (hashers is { } loaded)
        {
            return loaded;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (hashers is null)
            {
                var configured = Configured(SecretSettingName);
                var secret = configured ?? await secrets.GetOrCreateAsync(cancellationToken);

                // The same value in both settings (a half-finished rotation) would only double every lookup.
                var previous = Configured(PreviousSecretSettingName) is { } old && old != secret ? new SiteHasher(Key(old)) : null;
                hashers = new SiteHashers(new SiteHasher(Key(secret)), previous);
            }

            return hashers;
        }
        finally
        {
            loading.Release();
        }
    }

    private string? Configured(string name)
    {
        var configured = configuration[name];

        // The platform leaves a Key Vault reference it could not resolve as the literal text;
        // hashing with that public string would make every keyed hash guessable.
        if (configured?.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"{name} is a Key Vault reference the platform did not resolve; check the app identity's access to the vault.");
        }

        return string.IsNullOrWhiteSpace(configured) ? null : configured;
    }

    private static byte[] Key(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
