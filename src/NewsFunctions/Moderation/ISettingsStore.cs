using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

public interface ISettingsStore
{
    // Null when no moderator has saved settings yet.
    Task<(ModerationSettings Settings, string Version)?> GetAsync(CancellationToken cancellationToken);

    Task SaveAsync(ModerationSettings settings, CancellationToken cancellationToken);

    Task<string> GetOrCreateSecretAsync(CancellationToken cancellationToken);
}
