namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class EntraAuthenticationTemplateTests(InfraFixture infra)
{
    [Fact]
    public void Build_EntraClientId_EnablesEntraSignIn()
    {
        var auth = infra.Private.Single(ResourceTypes.SiteConfig, "authsettingsV2");

        var entra = auth.At("properties", "identityProviders", "azureActiveDirectory");

        Assert.True(auth.BoolAt("properties", "platform", "enabled"));
        Assert.True(entra.BoolAt("enabled"));
        Assert.Equal(InfraFixture.EntraClientId, entra.StringAt("registration", "clientId"));
        Assert.Contains(InfraFixture.TenantId, entra.StringAt("registration", "openIdIssuer"));
    }

    [Fact]
    public void Build_EntraClientId_LeavesReadersRoutesOpen()
    {
        var auth = infra.Private.Single(ResourceTypes.SiteConfig, "authsettingsV2");

        Assert.False(auth.BoolAt("properties", "globalValidation", "requireAuthentication"));
        Assert.Equal("AllowAnonymous", auth.StringAt("properties", "globalValidation", "unauthenticatedClientAction"));
    }

    [Fact]
    public void Build_EntraClientId_SetsNoClientSecret()
    {
        var auth = infra.Private.Single(ResourceTypes.SiteConfig, "authsettingsV2");

        var registration = auth.At("properties", "identityProviders", "azureActiveDirectory", "registration");

        Assert.False(registration.TryGetProperty("clientSecretSettingName", out _));
        Assert.False(registration.TryGetProperty("clientSecretCertificateThumbprint", out _));
    }
}
