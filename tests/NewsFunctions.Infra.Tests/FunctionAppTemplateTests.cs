using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class FunctionAppTemplateTests(InfraFixture infra)
{
    // Every setting the app's code reads from configuration. Add a line here when the code reads a
    // new one; the tests then fail until main.bicep sets it.
    public static readonly string[] SettingsTheAppReads =
    [
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "Cors__AllowedOrigins",
        "Comments__HashSecret",
    ];

    // Flex Consumption rejects these (the runtime lives in functionAppConfig), and a storage
    // connection string would carry an account key.
    private static readonly string[] ForbiddenSettings =
    [
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_WORKER_RUNTIME",
        "AzureWebJobsStorage",
        "WEBSITE_RUN_FROM_PACKAGE",
        "APPINSIGHTS_INSTRUMENTATIONKEY",
    ];

    public static TheoryData<string> Settings => new(SettingsTheAppReads);

    [Fact]
    public void Build_Plan_IsFlexConsumptionFc1()
    {
        var plan = infra.Default.Single(ResourceTypes.Plan);

        Assert.Equal("FC1", plan.StringAt("sku", "name"));
        Assert.Equal("FlexConsumption", plan.StringAt("sku", "tier"));
        Assert.True(plan.BoolAt("properties", "reserved"));
    }

    [Fact]
    public void Build_Site_RunsDotnetIsolated10OnLinux()
    {
        var site = infra.Default.Single(ResourceTypes.Site);

        Assert.Equal("functionapp,linux", site.StringAt("kind"));
        Assert.Equal("dotnet-isolated", site.StringAt("properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", site.StringAt("properties", "functionAppConfig", "runtime", "version"));
    }

    [Fact]
    public void Build_Site_IsHttpsOnlyWithTls12()
    {
        var site = infra.Default.Single(ResourceTypes.Site);

        Assert.True(site.BoolAt("properties", "httpsOnly"));
        Assert.Equal("1.2", site.StringAt("properties", "siteConfig", "minTlsVersion"));
    }

    [Fact]
    public void Build_Site_IsTaggedForAzdApiService()
    {
        var site = infra.Default.Single(ResourceTypes.Site);

        Assert.Equal("api", site.StringAt("tags", "azd-service-name"));
    }

    [Fact]
    public void Build_Site_AttachesOnlyTheUserAssignedIdentity()
    {
        var site = infra.Default.Single(ResourceTypes.Site);

        var identities = site.At("identity", "userAssignedIdentities").EnumerateObject().Select(i => i.Name).ToList();

        Assert.Equal("UserAssigned", site.StringAt("identity", "type"));
        Assert.Single(identities);
        AssertRefersToIdentity("id", identities[0]);
    }

    [Fact]
    public void Build_DeploymentStorage_UsesTheIdentity()
    {
        var storage = infra.Default.Single(ResourceTypes.Site).At("properties", "functionAppConfig", "deployment", "storage");
        var container = infra.Default.Single(ResourceTypes.BlobContainer, StorageTemplateTests.DeploymentContainer).StringAt("name")!.Split('/')[^1];

        Assert.Equal("blobContainer", storage.StringAt("type"));
        Assert.Contains("outputs.blobEndpoint.value", storage.StringAt("value"));
        Assert.Contains($"'{container}'", storage.StringAt("value"));
        Assert.Equal("UserAssignedIdentity", storage.StringAt("authentication", "type"));
        AssertRefersToIdentity("id", storage.StringAt("authentication", "userAssignedIdentityResourceId"));
    }

    [Fact]
    public void Build_Scale_IsBounded()
    {
        var scale = infra.Default.Single(ResourceTypes.Site).At("properties", "functionAppConfig", "scaleAndConcurrency");

        Assert.InRange(scale.GetProperty("maximumInstanceCount").GetInt32(), 1, 1000);
        Assert.Equal(2048, scale.GetProperty("instanceMemoryMB").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Build_AppSettings_SetEverySettingTheAppReads(string name)
    {
        var settings = AppSettings(infra.Default);

        Assert.True(settings.TryGetProperty(name, out var value), $"{name} is not set");
        Assert.False(string.IsNullOrWhiteSpace(value.GetString()), $"{name} is empty");
    }

    [Fact]
    public void Build_AppSettings_SetNothingFlexRejectsOrThatHoldsAKey()
    {
        var names = AppSettings(infra.Default).EnumerateObject().Select(setting => setting.Name).ToList();

        Assert.All(ForbiddenSettings, forbidden => Assert.DoesNotContain(forbidden, names));
    }

    [Fact]
    public void Build_AppSettings_ConnectStorageWithTheUserAssignedIdentity()
    {
        var settings = AppSettings(infra.Default);

        Assert.Equal("managedidentity", settings.StringAt("AzureWebJobsStorage__credential"));
        AssertRefersToIdentity("clientId", settings.StringAt("AzureWebJobsStorage__clientId"));
        Assert.Contains("outputs.blobEndpoint.value", settings.StringAt("AzureWebJobsStorage__blobServiceUri"));
        Assert.Contains("outputs.queueEndpoint.value", settings.StringAt("AzureWebJobsStorage__queueServiceUri"));
        Assert.Contains("outputs.tableEndpoint.value", settings.StringAt("AzureWebJobsStorage__tableServiceUri"));
    }

    [Fact]
    public void Build_AppSettings_SendTelemetryWithEntraAuthentication()
    {
        var settings = AppSettings(infra.Default);

        var authentication = settings.StringAt("APPLICATIONINSIGHTS_AUTHENTICATION_STRING");

        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", authentication);
        AssertRefersToIdentity("clientId", authentication);
        Assert.Contains("Microsoft.Insights/components", settings.StringAt("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Contains(".ConnectionString", settings.StringAt("APPLICATIONINSIGHTS_CONNECTION_STRING"));
    }

    [Fact]
    public void Build_Cors_PlatformAndAppGetTheSameTrimmedOrigins()
    {
        var site = infra.Private.Single(ResourceTypes.Site);

        var platform = site.StringsAt("properties", "siteConfig", "cors", "allowedOrigins");
        var app = AppSettings(infra.Private).StringAt("Cors__AllowedOrigins");

        Assert.Equal(["https://news.example", "https://www.news.example"], platform);
        Assert.Equal("https://news.example,https://www.news.example", app);
    }

    [Fact]
    public void Build_Default_HasNoEntraAuthenticationOrVnet()
    {
        var site = infra.Default.Single(ResourceTypes.Site);

        var configs = infra.Default.ChildNames(ResourceTypes.SiteConfig);

        Assert.DoesNotContain("authsettingsV2", configs);
        Assert.Empty(infra.Default.Resources(ResourceTypes.VirtualNetwork));
        Assert.Equal(JsonValueKind.Null, site.At("properties", "virtualNetworkSubnetId").ValueKind);
    }

    internal static JsonElement AppSettings(Snapshot snapshot)
        => snapshot.Single(ResourceTypes.SiteConfig, "appsettings").GetProperty("properties");

    // The flattened snapshot refers to a module output as reference(<deployment 'identity-…'>).outputs.<name>.value.
    internal static void AssertRefersToIdentity(string output, string? expression)
    {
        Assert.Contains("format('identity-{0}'", expression);
        Assert.Contains($".outputs.{output}.value", expression);
    }
}
