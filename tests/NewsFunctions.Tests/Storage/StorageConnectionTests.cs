using Microsoft.Extensions.Configuration;
using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public class StorageConnectionTests
{
    [Fact]
    public void FromConfiguration_ConnectionString_UsesIt()
    {
        var configuration = Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.Credential);
    }

    [Fact]
    public void FromConfiguration_IdentityKeys_UseServiceUrisAndManagedIdentity()
    {
        var configuration = Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "https://news.table.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://news.queue.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://news.table.core.windows.net"), connection.TableServiceUri);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(connection.Credential);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
        => new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
