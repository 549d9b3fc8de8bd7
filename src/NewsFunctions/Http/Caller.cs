using System.Security.Claims;

namespace NewsFunctions.Http;

// Who sent a protected request, as the host authenticated them: the name that history entries and
// bans record, and the roles that decide what they may do. Admin includes every other role.
public sealed record Caller(string Name, IReadOnlySet<string> Roles)
{
    public const int MaxNameLength = 100;

    // The platform checked a function key and no signed-in user came with it. Azure's own default
    // function key has this name, and the local host gives it to DevHost:FunctionKey.
    public static readonly Caller KeyHolder = new("default", new HashSet<string> { Http.Roles.Admin });

    public bool Has(string role) => Roles.Contains(Http.Roles.Admin) || Roles.Contains(role);

    // The claims both hosts put on HttpContext.User: the local host from a named key, the worker
    // from App Service authentication's validated principal.
    public ClaimsPrincipal ToPrincipal(string authenticationType)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Name), .. Roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    public static Caller From(ClaimsPrincipal principal)
        => new(CleanName(principal.Identity?.Name),
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(Http.Roles.IsKnown).ToHashSet());

    // A name goes into stored history and the console: no control characters, bounded length.
    public static string CleanName(string? name)
    {
        var kept = new string((name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return kept.Length == 0 ? "unnamed" : kept.Length <= MaxNameLength ? kept : kept[..MaxNameLength];
    }
}
