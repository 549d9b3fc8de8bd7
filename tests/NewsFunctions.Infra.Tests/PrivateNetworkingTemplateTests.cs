namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class PrivateNetworkingTemplateTests(InfraFixture infra)
{
    private static readonly string[] StorageServices = ["blob", "queue", "table"];

    [Fact]
    public void Build_PrivateNetworking_DisablesStoragePublicAccess()
    {
        var storage = infra.Private.Single(ResourceTypes.StorageAccount);

        Assert.Equal("Disabled", storage.StringAt("properties", "publicNetworkAccess"));
        Assert.Equal("Deny", storage.StringAt("properties", "networkAcls", "defaultAction"));
    }

    [Fact]
    public void Build_PrivateNetworking_DelegatesTheAppSubnetToFlexConsumption()
    {
        var vnet = infra.Private.Single(ResourceTypes.VirtualNetwork);

        var app = vnet.At("properties", "subnets").EnumerateArray().Single(s => s.StringAt("name") == "app");

        Assert.Equal(
            ["Microsoft.App/environments"],
            app.At("properties", "delegations").EnumerateArray().Select(d => d.StringAt("properties", "serviceName")));
    }

    [Fact]
    public void Build_PrivateNetworking_IntegratesTheSiteWithTheAppSubnet()
    {
        var site = infra.Private.Single(ResourceTypes.Site);

        var subnet = site.StringAt("properties", "virtualNetworkSubnetId");

        Assert.Contains("format('network-{0}'", subnet);
        Assert.Contains(".outputs.appSubnetId.value", subnet);
    }

    [Fact]
    public void Build_PrivateNetworking_HasAnEndpointPerStorageService()
    {
        var endpoints = infra.Private.Resources(ResourceTypes.PrivateEndpoint).ToList();

        var groups = endpoints.SelectMany(e => e.At("properties", "privateLinkServiceConnections").EnumerateArray())
            .Select(c => c.StringsAt("properties", "groupIds").Single())
            .ToList();

        Assert.Equal(StorageServices.Order(), groups.Order());
        Assert.All(endpoints, e => Assert.Contains(
            "format('storage-{0}'",
            e.At("properties", "privateLinkServiceConnections")[0].StringAt("properties", "privateLinkServiceId")));
    }

    [Fact]
    public void Build_PrivateNetworking_LinksAPrivateDnsZonePerService()
    {
        var zones = infra.Private.Resources(ResourceTypes.PrivateDnsZone).Select(z => z.StringAt("name")).ToList();

        var links = infra.Private.Resources(ResourceTypes.PrivateDnsZoneLink).ToList();
        var zoneGroups = infra.Private.Resources(ResourceTypes.PrivateDnsZoneGroup).ToList();

        Assert.Equal(StorageServices.Length, zones.Count);
        Assert.All(StorageServices, service => Assert.Contains(zones, z => z!.Contains($"'privatelink.{{0}}.{{1}}', '{service}'")));
        Assert.Equal(StorageServices.Length, links.Count);
        Assert.All(links, link => Assert.False(link.BoolAt("properties", "registrationEnabled")));
        Assert.Equal(StorageServices.Length, zoneGroups.Count);
    }
}
