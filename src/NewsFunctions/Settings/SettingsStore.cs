using System.Text.Json;
using Azure.Data.Tables;
using NewsFunctions.Http;
using NewsFunctions.Storage;

namespace NewsFunctions.Settings;

// The moderation settings: one row of the `settings` table (the site secret has a row of its own there).
public sealed class SettingsStore(TableServiceClient tableService) : ISettingsStore
{
    private const string ModerationPartition = "moderation";
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
            e.GetInt32("FloodSeconds") ?? defaults.FloodSeconds,
            JsonSerializer.Deserialize<Dictionary<string, bool>>(e.GetString("RuleCategories") ?? "{}") ?? [],
            e.GetBoolean("TrustApprovedReaders") ?? defaults.TrustApprovedReaders,
            e.GetInt32("EditWindowSeconds") ?? defaults.EditWindowSeconds,
            e.GetInt32("ReportThreshold") ?? defaults.ReportThreshold);
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
            ["RuleCategories"] = JsonSerializer.Serialize(settings.RuleCategories),
            ["TrustApprovedReaders"] = settings.TrustApprovedReaders,
            ["EditWindowSeconds"] = settings.EditWindowSeconds,
            ["ReportThreshold"] = settings.ReportThreshold,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
