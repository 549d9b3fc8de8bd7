using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Bans;

// The `bans` table:
//   ban / {id}           the ban itself, with the keys it matches on (for lifting)
//   e{emailKey} / {id}   one lookup row per key, so checking a comment is a partition query per
//   i{addressKey} / {id} key instead of a scan of every ban
// The ban row is written last and removed first: a lookup row without one is left from a crash and
// still bans until it expires, which errs on the side the moderator chose.
public sealed class BanStore(TableServiceClient tableService) : IBanStore
{
    private const string BanPartition = "ban";

    private readonly TableClient table = tableService.GetTableClient(TableNames.Bans);

    public async Task AddAsync(StoredBan stored, CancellationToken cancellationToken)
    {
        var ban = stored.Ban;
        foreach (var partition in LookupPartitions(stored.EmailKey, stored.AddressKey))
        {
            await table.UpsertEntityAsync(new TableEntity(partition, ban.Id) { ["ExpiresAt"] = ban.ExpiresAt }, TableUpdateMode.Replace, cancellationToken);
        }

        await table.UpsertEntityAsync(
            new TableEntity(BanPartition, ban.Id)
            {
                ["CreatedAt"] = ban.CreatedAt,
                ["ExpiresAt"] = ban.ExpiresAt,
                ["Reason"] = ban.Reason,
                ["By"] = ban.By,
                ["AuthorName"] = ban.AuthorName,
                ["EmailKey"] = stored.EmailKey,
                ["AddressKey"] = stored.AddressKey,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<IReadOnlyList<Ban>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bans = new List<Ban>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BanPartition} and ExpiresAt gt {now}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            bans.Add(new Ban(row.RowKey, row.GetDateTimeOffset("CreatedAt")!.Value, row.GetDateTimeOffset("ExpiresAt")!.Value,
                row.GetString("Reason") ?? "", row.GetString("By") ?? "", row.GetString("AuthorName") ?? ""));
        }

        return bans;
    }

    public async Task<bool> LiftAsync(string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(BanPartition, id, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } row)
        {
            return false;
        }

        await table.DeleteEntityAsync(BanPartition, id, ETag.All, cancellationToken);
        foreach (var partition in LookupPartitions(row.GetString("EmailKey")!, row.GetString("AddressKey")))
        {
            await table.DeleteEntityAsync(partition, id, ETag.All, cancellationToken);
        }

        return true;
    }

    // Through the lookup rows, expired ones too: an erased reader leaves no key behind.
    public async Task<int> LiftMatchingAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, CancellationToken cancellationToken)
    {
        var lookups = new List<(string Partition, string Id)>();
        foreach (var partition in emailKeys.Select(k => "e" + k).Concat(addressKeys.Select(k => "i" + k)))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                lookups.Add((partition, row.RowKey));
            }
        }

        var lifted = 0;
        foreach (var id in lookups.Select(l => l.Id).Distinct())
        {
            lifted += await LiftAsync(id, cancellationToken) ? 1 : 0;
        }

        // A lookup row whose ban row a crash took first is gone with the rest.
        foreach (var (partition, id) in lookups)
        {
            await table.DeleteEntityAsync(partition, id, ETag.All, cancellationToken);
        }

        return lifted;
    }

    public async Task<bool> IsBannedAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var checks = emailKeys.Select(k => "e" + k).Concat(addressKeys.Select(k => "i" + k)).Select(async partition =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ExpiresAt gt {now}");
            await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                return true;
            }

            return false;
        });
        return (await Task.WhenAll(checks)).Any(banned => banned);
    }

    private static IEnumerable<string> LookupPartitions(string emailKey, string? addressKey)
        => addressKey is null ? ["e" + emailKey] : ["e" + emailKey, "i" + addressKey];
}
