using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Storage;

// The app reads storage exactly as the Functions host does: either a connection string in
// AzureWebJobsStorage, or identity-based keys under AzureWebJobsStorage__* (service URIs, credential,
// clientId). Reading the same keys means one set of app settings serves the host and our own code.
public sealed class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    private StorageConnection(string? connectionString, Uri? tableUri, Uri? queueUri, Uri? blobUri, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        TableServiceUri = tableUri;
        QueueServiceUri = queueUri;
        BlobServiceUri = blobUri;
        Credential = credential;
    }

    public string? ConnectionString { get; }
    public Uri? TableServiceUri { get; }
    public Uri? QueueServiceUri { get; }
    public Uri? BlobServiceUri { get; }
    public TokenCredential? Credential { get; }

    public static StorageConnection FromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(connectionString, null, null, null, null);
        }

        var section = configuration.GetSection(SettingName);
        var accountName = section["accountName"];
        var tableUri = UriOrDefault(section["tableServiceUri"], accountName, "table");
        var queueUri = UriOrDefault(section["queueServiceUri"], accountName, "queue");
        var blobUri = UriOrDefault(section["blobServiceUri"], accountName, "blob");
        if (tableUri is null || queueUri is null)
        {
            // Local runs without any setting talk to Azurite on its default ports.
            return new StorageConnection("UseDevelopmentStorage=true", null, null, null, null);
        }

        return new StorageConnection(null, tableUri, queueUri, blobUri, CreateCredential(section));
    }

    public TableServiceClient CreateTableServiceClient()
    {
        var options = new TableClientOptions();
        StorageServiceCollectionExtensions.ApplyRetryPolicy(options);
        return ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableServiceUri, Credential, options);
    }

    public QueueServiceClient CreateQueueServiceClient()
    {
        // The Functions host reads queue messages as base64; anything we enqueue must match.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        StorageServiceCollectionExtensions.ApplyRetryPolicy(options);
        return ConnectionString is not null
            ? new QueueServiceClient(ConnectionString, options)
            : new QueueServiceClient(QueueServiceUri, Credential, options);
    }

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return section["credential"] == "managedidentity"
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? UriOrDefault(string? configured, string? accountName, string service)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured);
        }

        return string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }
}
