using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace NewsFunctions.Storage;

// The app reads storage exactly as the Functions host does: either a connection string in
// AzureWebJobsStorage, or identity-based keys under AzureWebJobsStorage__* (service URIs, credential,
// clientId). Reading the same keys means one set of app settings serves the host and our own code.
public sealed class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

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
        if (!section.GetChildren().Any(child => !string.IsNullOrWhiteSpace(child.Value)))
        {
            // Nothing configured at all: a local run against Azurite on its default ports.
            return new StorageConnection(DevelopmentStorage, null, null, null, null);
        }

        // Some identity keys are set, so this is a deployed app: a missing URI is a configuration
        // error to report now, never a reason to fall back to a local emulator that is not there.
        var accountName = section["accountName"];
        var tableUri = ServiceUri(section, "tableServiceUri", accountName, "table");
        var queueUri = ServiceUri(section, "queueServiceUri", accountName, "queue");
        var blobUri = ServiceUri(section, "blobServiceUri", accountName, "blob");
        return new StorageConnection(
            null,
            tableUri ?? throw Missing("tableServiceUri"),
            queueUri ?? throw Missing("queueServiceUri"),
            blobUri,
            CreateCredential(section));
    }

    public TableServiceClient CreateTableServiceClient()
    {
        var options = new TableClientOptions();
        StorageServiceCollectionExtensions.ApplyRetryPolicy(options);
        return ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableServiceUri, Credential, options);
    }

    public BlobServiceClient CreateBlobServiceClient()
    {
        var options = new BlobClientOptions();
        StorageServiceCollectionExtensions.ApplyRetryPolicy(options);
        return ConnectionString is not null
            ? new BlobServiceClient(ConnectionString, options)
            : new BlobServiceClient(BlobServiceUri ?? throw new InvalidOperationException("Storage:blobServiceUri (or an accountName) is needed for the spam model."), Credential, options);
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

    // Same rule as the host (Microsoft.Extensions.Azure): "managedidentity", in any case, means a
    // managed identity, user-assigned when a clientId is given; anything else means the developer
    // chain, which on a laptop signs in with the Azure CLI or Visual Studio account.
    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        var hasClientId = !string.IsNullOrWhiteSpace(clientId);
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(hasClientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId!)
                : ManagedIdentityId.SystemAssigned);
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = hasClientId ? clientId : null });
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? accountName, string service)
    {
        var configured = section[key];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Uri.TryCreate(configured, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"{SettingName}__{key} is not an absolute URI.");
        }

        return string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static InvalidOperationException Missing(string key) => new(
        $"{SettingName}__{key} (or {SettingName}__accountName) is required when identity-based {SettingName}__* settings are used.");
}
