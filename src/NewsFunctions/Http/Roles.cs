namespace NewsFunctions.Http;

// The roles of API.md's "Keys and roles". The values are the Entra ID app roles' values
// (infra/app-roles.json) and the role part of a local named key, so they must not be renamed.
public static class Roles
{
    public const string Moderator = "moderator";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Moderator, Editor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
