using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsFunctions.DevHost;

// Checks function keys as the Functions host does: the x-functions-key header or the code query
// parameter. The key comes from DevHost:FunctionKey; without one a random key is made at start.
public sealed class FunctionKeys
{
    public const string SettingName = "DevHost:FunctionKey";

    public FunctionKeys(IConfiguration configuration)
    {
        var configured = configuration[SettingName];
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        Key = IsGenerated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_') : configured!;
    }

    public string Key { get; }

    public bool IsGenerated { get; }

    public bool IsAuthorized(HttpRequest request)
    {
        var presented = request.Headers["x-functions-key"].ToString();
        if (presented.Length == 0)
        {
            presented = request.Query["code"].ToString();
        }

        // Fixed-time comparison: the time taken must not tell an attacker how much of a guess was right.
        return presented.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Key));
    }
}
