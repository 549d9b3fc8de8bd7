using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class KeyVaultTemplateTests(InfraFixture infra)
{
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    [Fact]
    public void Build_KeyVault_UsesAzureRolesAndCannotBePurged()
    {
        var vault = infra.Default.Single(ResourceTypes.KeyVault);

        Assert.True(vault.BoolAt("properties", "enableRbacAuthorization"));
        Assert.True(vault.BoolAt("properties", "enablePurgeProtection"));
        Assert.False(vault.At("properties").TryGetProperty("accessPolicies", out var policies) && policies.GetArrayLength() > 0);
    }

    [Fact]
    public void Build_HashSecret_IsStoredInTheVault()
    {
        var secret = infra.Default.Single(ResourceTypes.KeyVaultSecret, "comments-hash-secret");

        Assert.EndsWith("/comments-hash-secret", secret.StringAt("name"));
    }

    [Fact]
    public void Build_Identity_MayReadOnlyTheHashSecret()
    {
        var assignment = infra.Default.Resources(ResourceTypes.RoleAssignment)
            .Single(a => a.StringAt("properties", "roleDefinitionId")!.EndsWith(KeyVaultSecretsUser, StringComparison.Ordinal) && !Snapshot.IsOnlyDuringARotation(a));

        Assert.Equal("ServicePrincipal", assignment.StringAt("properties", "principalType"));
        Assert.Contains("/providers/Microsoft.KeyVault/vaults/kv-", assignment.StringAt("id"));
        Assert.Contains("/secrets/comments-hash-secret'", assignment.StringAt("id"));
    }

    [Fact]
    public void Build_AppSettings_ReadTheHashSecretThroughAKeyVaultReferenceWithTheIdentity()
    {
        var settings = infra.Default.Single(ResourceTypes.SiteConfig, "appsettings").At("properties");
        var site = infra.Default.Single(ResourceTypes.Site);

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings.StringAt("Comments__HashSecret"));
        Assert.Contains("format('identity-{0}'", site.StringAt("properties", "keyVaultReferenceIdentity"));
        Assert.EndsWith(".outputs.id.value]", site.StringAt("properties", "keyVaultReferenceIdentity"));
    }

    // The value goes in through a secure parameter and never comes out: not in an output, not in
    // the compiled template, not in an app setting.
    [Fact]
    public void Build_HashSecretValue_AppearsInNoOutputOrSetting()
    {
        var outputs = infra.Template.GetProperty("outputs").GetRawText();
        var settings = infra.Default.Single(ResourceTypes.SiteConfig, "appsettings").GetRawText();

        Assert.DoesNotContain(InfraFixture.HashSecret, outputs);
        Assert.DoesNotContain(InfraFixture.HashSecret, settings);
        Assert.Equal("securestring", infra.Template.GetProperty("parameters").GetProperty("hashSecret").GetProperty("type").GetString());
    }

    [Fact]
    public void Build_NoRotation_LeavesThePreviousSecretsSettingEmpty()
    {
        var settings = infra.Default.Single(ResourceTypes.SiteConfig, "appsettings").At("properties");

        Assert.Equal("", settings.StringAt("Comments__PreviousHashSecret"));
    }

    // The previous secret goes into the vault beside the current one, with a read for the identity
    // on that secret alone, both only while previousHashSecret is set; the app reads it through a
    // Key Vault reference, and its value appears nowhere else.
    [Fact]
    public void Build_Rotation_KeepsThePreviousSecretInTheVaultReadThroughAReference()
    {
        var settings = infra.Private.Single(ResourceTypes.SiteConfig, "appsettings").At("properties");
        var secret = infra.Private.Single(ResourceTypes.KeyVaultSecret, "comments-previous-hash-secret");
        var read = infra.Private.Resources(ResourceTypes.RoleAssignment)
            .Single(a => a.StringAt("id")!.Contains("/secrets/comments-previous-hash-secret'", StringComparison.Ordinal));

        Assert.True(Snapshot.IsOnlyDuringARotation(secret));
        Assert.True(Snapshot.IsOnlyDuringARotation(read));
        Assert.EndsWith(KeyVaultSecretsUser, read.StringAt("properties", "roleDefinitionId"));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings.StringAt("Comments__PreviousHashSecret"));
        Assert.DoesNotContain(InfraFixture.PreviousHashSecret, settings.GetRawText());
        Assert.DoesNotContain(InfraFixture.PreviousHashSecret, infra.Template.GetProperty("outputs").GetRawText());
        Assert.Equal("securestring", infra.Template.GetProperty("parameters").GetProperty("previousHashSecret").GetProperty("type").GetString());
    }

    // Bicep cannot create an Entra ID app registration's roles without the Microsoft Graph
    // extension, which needs a registry at build time: infra/app-roles.json is the manifest, and
    // docs/DEPLOY.md the step that applies it. Both must name exactly the app's roles.
    [Fact]
    public void AppRoles_Manifest_DefinesTheAppsRolesAndDeployMdAppliesIt()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(infra.InfraDirectory, "app-roles.json")));
        var deploy = File.ReadAllText(Path.Combine(infra.RepositoryRoot, "docs", "DEPLOY.md"));

        var roles = manifest.RootElement.EnumerateArray().ToList();
        Assert.Equal(["admin", "editor", "moderator"], roles.Select(r => r.GetProperty("value").GetString()).Order());
        Assert.Equal(roles.Count, roles.Select(r => Guid.Parse(r.GetProperty("id").GetString()!)).Distinct().Count());
        Assert.All(roles, r => Assert.True(r.GetProperty("isEnabled").GetBoolean()));
        Assert.Contains("az ad app update", deploy);
        Assert.Contains("--app-roles @infra/app-roles.json", deploy);
    }
}
