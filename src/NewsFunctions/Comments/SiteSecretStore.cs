using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Comments;

// The site's hash secret: one row of the `settings` table, beside the moderation settings.
public sealed class SiteSecretStore(TableServiceClient tableService) : ISiteSecretStore
{
    private const string SecretPartition = "secret";
    private const string CurrentRow = "current";

    private readonly TableClient table = tableService.GetTableClient(TableNames.Settings);

    // Every instance must hash with the same secret. AddEntity lets exactly one writer win, and the
    // others read what it wrote.
    public async Task<string> GetOrCreateAsync(CancellationToken cancellationToken)
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
