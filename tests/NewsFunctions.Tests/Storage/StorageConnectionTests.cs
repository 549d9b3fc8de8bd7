using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public class StorageConnectionTests
{
    private const string ClientId = "00000000-0000-0000-0000-000000000001";

    // `.invalid` never resolves (RFC 2606): anything that tried to reach these hosts would fail.
    private static readonly (string Key, string Value)[] IdentitySettings =
    [
        ("AzureWebJobsStorage:credential", "managedidentity"),
        ("AzureWebJobsStorage:clientId", ClientId),
        ("AzureWebJobsStorage:blobServiceUri", "https://news.blob.core.invalid/"),
        ("AzureWebJobsStorage:queueServiceUri", "https://news.queue.core.invalid/"),
        ("AzureWebJobsStorage:tableServiceUri", "https://news.table.core.invalid/"),
    ];

    [Fact]
    public void FromConfiguration_ConnectionString_UsesIt()
    {
        var configuration = Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.Credential);
    }

    [Fact]
    public void FromConfiguration_ConnectionStringAndIdentityKeys_PrefersTheConnectionString()
    {
        // The host does the same: a value on AzureWebJobsStorage itself wins over its sub-keys.
        var configuration = Configuration([("AzureWebJobsStorage", "UseDevelopmentStorage=true"), .. IdentitySettings]);

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.TableServiceUri);
    }

    [Fact]
    public void FromConfiguration_NothingSet_UsesAzurite()
    {
        var configuration = Configuration();

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal(StorageConnection.DevelopmentStorage, connection.ConnectionString);
    }

    [Fact]
    public void FromConfiguration_IdentityKeys_UseServiceUrisAndManagedIdentity()
    {
        var configuration = Configuration(IdentitySettings);

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://news.table.core.invalid/"), connection.TableServiceUri);
        Assert.Equal(new Uri("https://news.queue.core.invalid/"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://news.blob.core.invalid/"), connection.BlobServiceUri);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
    }

    [Theory]
    [InlineData("ManagedIdentity")]
    [InlineData("MANAGEDIDENTITY")]
    public void FromConfiguration_CredentialInAnyCase_UsesManagedIdentity(string credential)
    {
        var configuration = Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "https://news.table.core.invalid"),
            ("AzureWebJobsStorage:queueServiceUri", "https://news.queue.core.invalid"),
            ("AzureWebJobsStorage:credential", credential));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
    }

    [Fact]
    public void FromConfiguration_NoCredentialKey_UsesTheDeveloperChain()
    {
        // A developer running against a real account signs in with the Azure CLI or Visual Studio.
        var configuration = Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "https://news.table.core.invalid"),
            ("AzureWebJobsStorage:queueServiceUri", "https://news.queue.core.invalid"));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.IsType<DefaultAzureCredential>(connection.Credential);
    }

    [Fact]
    public void FromConfiguration_AccountNameOnly_DerivesTheServiceUris()
    {
        var configuration = Configuration(("AzureWebJobsStorage:accountName", "newsstore"));

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal(new Uri("https://newsstore.table.core.windows.net"), connection.TableServiceUri);
        Assert.Equal(new Uri("https://newsstore.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://newsstore.blob.core.windows.net"), connection.BlobServiceUri);
    }

    [Fact]
    public void FromConfiguration_IdentityKeysWithoutTableUri_ThrowsNamingTheKey()
    {
        // Falling back to Azurite here would make a deployed app fail on its first request instead.
        var configuration = Configuration(IdentitySettings.Where(s => !s.Key.EndsWith("tableServiceUri")).ToArray());

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(configuration));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message);
    }

    [Fact]
    public void FromConfiguration_IdentityKeysWithoutQueueUri_ThrowsNamingTheKey()
    {
        var configuration = Configuration(IdentitySettings.Where(s => !s.Key.EndsWith("queueServiceUri")).ToArray());

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(configuration));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message);
    }

    [Fact]
    public void FromConfiguration_RelativeServiceUri_ThrowsNamingTheKey()
    {
        var configuration = Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "news.table.core.invalid"),
            ("AzureWebJobsStorage:queueServiceUri", "https://news.queue.core.invalid"));

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(configuration));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message);
    }

    [Fact]
    public void FromConfiguration_AppSettingsAsEnvironmentVariables_AreReadLikeTheHostReadsThem()
    {
        // App settings reach the worker as environment variables named with "__"; a unique prefix
        // keeps this test from seeing or leaving anything in other tests' configuration.
        var prefix = $"NEWSTEST_{Guid.NewGuid():N}_";
        var names = IdentitySettings.Select(s => prefix + s.Key.Replace(":", "__")).ToList();
        try
        {
            foreach (var (name, setting) in names.Zip(IdentitySettings))
            {
                Environment.SetEnvironmentVariable(name, setting.Value);
            }

            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var connection = StorageConnection.FromConfiguration(configuration);

            Assert.Equal(new Uri("https://news.table.core.invalid/"), connection.TableServiceUri);
            Assert.Equal(new Uri("https://news.queue.core.invalid/"), connection.QueueServiceUri);
            Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        }
        finally
        {
            names.ForEach(name => Environment.SetEnvironmentVariable(name, null));
        }
    }

    [Fact]
    public void AddNewsStorage_IdentitySettings_BuildsTheAppWithoutTouchingStorage()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(IdentitySettings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddNewsBackend(builder.Configuration);
        builder.Services.AddNewsTelemetry(builder.Configuration);

        // Development validates every registration on Build(); resolving the clients against hosts
        // that cannot resolve proves nothing on the way opens a connection.
        using var host = builder.Build();
        var tables = host.Services.GetRequiredService<TableServiceClient>();
        var queues = host.Services.GetRequiredService<QueueServiceClient>();

        Assert.Equal("news.table.core.invalid", tables.Uri.Host);
        Assert.Equal("news.queue.core.invalid", queues.Uri.Host);
        Assert.Same(tables, host.Services.GetRequiredService<TableServiceClient>());
    }

    [Fact]
    public void AddNewsStorage_RegisteredTwice_KeepsOneConnection()
    {
        var configuration = Configuration(IdentitySettings);
        var services = new ServiceCollection().AddNewsStorage(configuration).AddNewsStorage(configuration);

        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(StorageConnection));
        Assert.Single(provider.GetServices<TableServiceClient>());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
        => new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
