using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

// The `settings` table: one row for the moderation settings, one for the site secret.
public sealed class SettingsStore(TableServiceClient tableService) : ISettingsStore
{
    private const string ModerationPartition = "moderation";
    private const string SecretPartition = "secret";
    private const string CurrentRow = "current";

    private readonly TableClient table = tableService.GetTableClient(TableNames.Settings);

    public async Task<(ModerationSettings Settings, string Version)?> GetAsync(CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(ModerationPartition, CurrentRow, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var e = response.Value!;
        var defaults = ModerationSettings.Defaults;
        var settings = new ModerationSettings(
            e.GetString("Mode") ?? defaults.Mode,
            e.GetInt32("MaxLinks") ?? defaults.MaxLinks,
            JsonSerializer.Deserialize<List<string>>(e.GetString("BannedWords") ?? "[]") ?? [],
            JsonSerializer.Deserialize<List<string>>(e.GetString("SuspectWords") ?? "[]") ?? [],
            e.GetInt32("FloodSeconds") ?? defaults.FloodSeconds);
        return (settings, e.ETag.ToString());
    }

    public async Task SaveAsync(ModerationSettings settings, CancellationToken cancellationToken)
    {
        // The last moderator to save wins: the document is replaced whole, never merged word by word.
        var entity = new TableEntity(ModerationPartition, CurrentRow)
        {
            ["Mode"] = settings.Mode,
            ["MaxLinks"] = settings.MaxLinks,
            ["BannedWords"] = JsonSerializer.Serialize(settings.BannedWords, ApiJson.Options),
            ["SuspectWords"] = JsonSerializer.Serialize(settings.SuspectWords, ApiJson.Options),
            ["FloodSeconds"] = settings.FloodSeconds,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    // Every instance must hash with the same secret. The first instance to need one makes it; AddEntity
    // lets exactly one writer win, and the others read what it wrote.
    public async Task<string> GetOrCreateSecretAsync(CancellationToken cancellationToken)
    {
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(SecretPartition, CurrentRow, cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value!.GetString("Value") is { Length: > 0 } stored)
        {
            return stored;
        }

        var created = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            await table.AddEntityAsync(new TableEntity(SecretPartition, CurrentRow) { ["Value"] = created }, cancellationToken);
            return created;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            var winner = await table.GetEntityAsync<TableEntity>(SecretPartition, CurrentRow, cancellationToken: cancellationToken);
            return winner.Value.GetString("Value") ?? throw new InvalidOperationException("The stored site secret is empty.");
        }
    }
}
