using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsFunctions.Http;

namespace NewsFunctions.DevHost;

// Checks function keys as the Functions host does: the x-functions-key header or the code query
// parameter. DevHost:FunctionKey (random when unset) acts as admin under Caller.KeyHolder's name;
// each DevHost:Keys:<name> = "<role>:<key>" is a named key, and its name is the caller's name.
public sealed class FunctionKeys
{
    public const string SettingName = "DevHost:FunctionKey";
    public const string NamedKeysSection = "DevHost:Keys";
    public const string AuthenticationType = "FunctionKey";

    private readonly List<(byte[] Key, Caller Caller)> keys = [];

    public FunctionKeys(IConfiguration configuration)
    {
        var configured = configuration[SettingName];
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        Key = IsGenerated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_') : configured!;
        keys.Add((Encoding.UTF8.GetBytes(Key), Caller.KeyHolder));

        foreach (var named in configuration.GetSection(NamedKeysSection).GetChildren())
        {
            keys.Add((Encoding.UTF8.GetBytes(ParseNamedKey(named.Key, named.Value, out var role)), new Caller(Caller.CleanName(named.Key), new HashSet<string> { role })));
        }

        NamedKeys = keys.Skip(1).Select(k => k.Caller).ToList();
    }

    public string Key { get; }

    public bool IsGenerated { get; }

    public IReadOnlyList<Caller> NamedKeys { get; }

    // The caller whose key was presented, or null (401). Every key is compared, in fixed time, so
    // neither the time taken nor which key matched first tells an attacker anything about a guess.
    public ClaimsPrincipal? Authenticate(HttpRequest request)
    {
        var presented = request.Headers["x-functions-key"].ToString();
        if (presented.Length == 0)
        {
            presented = request.Query["code"].ToString();
        }

        if (presented.Length == 0)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        Caller? match = null;
        foreach (var (key, caller) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(bytes, key))
            {
                match ??= caller;
            }
        }

        return match?.ToPrincipal(AuthenticationType);
    }

    // A wrong named key stops the host at start: serving with a key nobody meant is worse than not serving.
    internal static string ParseNamedKey(string name, string? value, out string role)
    {
        var separator = value?.IndexOf(':') ?? -1;
        role = separator > 0 ? value![..separator].Trim().ToLowerInvariant() : "";
        var key = separator > 0 ? value![(separator + 1)..].Trim() : "";
        if (!Roles.IsKnown(role) || key.Length < 16)
        {
            throw new InvalidOperationException(
                $"{NamedKeysSection}:{name} must be \"<role>:<key>\" with a role of {string.Join(", ", Roles.All)} and a key of at least 16 characters.");
        }

        return key;
    }
}
