using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFunctions.Http;

// Reads App Service authentication's X-MS-CLIENT-PRINCIPAL: base64 JSON of the validated token's
// claims. Only the platform sets it, and only while its authentication is on; the worker trusts it
// under that condition alone (PlatformPrincipalMiddleware), since without it anyone can send it.
public static class PlatformPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    // App Service sets this on the instance while its authentication is enabled.
    public const string EnabledSetting = "WEBSITE_AUTH_ENABLED";

    // Entra ID puts app roles in "roles"; the platform may also map them to role_typ.
    private const string EntraRolesClaim = "roles";
    private static readonly string[] NameClaims = ["name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    public static Caller? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }

        if (payload?.Claims is not { } claims)
        {
            return null;
        }

        string? Value(string? type) => type is null ? null : claims.FirstOrDefault(c => c.Type == type)?.Value;
        var name = Value(payload.NameType) ?? NameClaims.Select(Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var roles = claims
            .Where(c => c.Type == EntraRolesClaim || (payload.RoleType is not null && c.Type == payload.RoleType))
            .Select(c => c.Value)
            .OfType<string>()
            .Where(Roles.IsKnown)
            .ToHashSet();
        return new Caller(Caller.CleanName(name), roles);
    }

    private sealed record Payload(
        [property: JsonPropertyName("auth_typ")] string? AuthType,
        [property: JsonPropertyName("claims")] IReadOnlyList<Claim>? Claims,
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("role_typ")] string? RoleType);

    private sealed record Claim(
        [property: JsonPropertyName("typ")] string Type,
        [property: JsonPropertyName("val")] string? Value);
}
