using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Comments;

// Keyed hashes (HMAC-SHA256 with the site secret) for everything that must not be stored or shown
// in the clear: client addresses, avatar tokens, duplicate keys. Without the secret none of them can
// be reversed by hashing guesses, which an unsalted hash (a Gravatar MD5) would allow.
public sealed class SiteKeys(IConfiguration configuration, ISiteSecretStore secrets)
{
    public const string SecretSettingName = "Comments:HashSecret";

    private readonly SemaphoreSlim loading = new(1, 1);
    private byte[]? key;

    public async Task<SiteHasher> GetHasherAsync(CancellationToken cancellationToken)
    {
        if (key is { } loaded)
        {
            return new SiteHasher(loaded);
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (key is null)
            {
                var configured = configuration[SecretSettingName];

                // The platform leaves a Key Vault reference it could not resolve as the literal text;
                // hashing with that public string would make every keyed hash guessable.
                if (configured?.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) == true)
                {
                    throw new InvalidOperationException($"{SecretSettingName} is a Key Vault reference the platform did not resolve; check the app identity's access to the vault.");
                }

                var secret = string.IsNullOrWhiteSpace(configured) ? await secrets.GetOrCreateAsync(cancellationToken) : configured;
                key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
            }

            return new SiteHasher(key);
        }
        finally
        {
            loading.Release();
        }
    }
}
