namespace NewsFunctions.Infra.Tests;

[Collection(InfraCollection.Name)]
public class StorageTemplateTests(InfraFixture infra)
{
    // The template must create exactly the queues, tables and containers the app uses (StorageNames.cs),
    // plus the deployment package's container.
    private static readonly IReadOnlyList<string> Queues = NewsFunctions.Storage.QueueNames.All;
    private static readonly IReadOnlyList<string> Tables = NewsFunctions.Storage.TableNames.All;

    public const string DeploymentContainer = "app-package";
    private static readonly string[] Containers = [DeploymentContainer, .. NewsFunctions.Storage.ContainerNames.All];

    [Fact]
    public void Build_StorageAccount_DisablesSharedKeyAccess()
    {
        var storage = infra.Default.Single(ResourceTypes.StorageAccount);

        Assert.False(storage.BoolAt("properties", "allowSharedKeyAccess"));
        Assert.True(storage.BoolAt("properties", "defaultToOAuthAuthentication"));
    }

    [Fact]
    public void Build_StorageAccount_RequiresTls12AndHttps()
    {
        var storage = infra.Default.Single(ResourceTypes.StorageAccount);

        Assert.Equal("TLS1_2", storage.StringAt("properties", "minimumTlsVersion"));
        Assert.True(storage.BoolAt("properties", "supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Build_StorageAccount_DisallowsPublicBlobAccess()
    {
        var storage = infra.Default.Single(ResourceTypes.StorageAccount);
        var containers = infra.Default.Resources(ResourceTypes.BlobContainer).ToList();

        Assert.False(storage.BoolAt("properties", "allowBlobPublicAccess"));
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal("None", c.StringAt("properties", "publicAccess")));
    }

    [Fact]
    public void Build_Default_KeepsStorageOnPublicNetwork()
    {
        var storage = infra.Default.Single(ResourceTypes.StorageAccount);

        Assert.Equal("Enabled", storage.StringAt("properties", "publicNetworkAccess"));
    }

    [Fact]
    public void Build_Queues_AreCommentsAndPoison()
    {
        var queues = infra.Default.ChildNames(ResourceTypes.Queue);

        Assert.Equal(Queues.Order(), queues.Order());
    }

    [Fact]
    public void Build_Tables_AreTheAppsTables()
    {
        var tables = infra.Default.ChildNames(ResourceTypes.Table);

        Assert.Equal(Tables.Order(), tables.Order());
    }

    [Fact]
    public void Build_BlobContainers_AreTheDeploymentPackageAndTheModels()
    {
        var containers = infra.Default.ChildNames(ResourceTypes.BlobContainer);

        Assert.Equal(Containers.Order(), containers.Order());
    }
}
