using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Bans;

// The `bans` table:
//   ban / {id}           the ban itself, with the keys it matches on (for lifting)
//   e{emailKey} / {id}   one lookup row per key, so checking a comment is a partition query per
//   i{addressKey} / {id} key instead of a scan of every ban
// Comments are checked against a snapshot of the ban rows (BanSnapshot), so the ban row is what
// bans: it is written last and removed first, and a lookup row a crash left without one is only
// used for lifting by key. A site with more active bans than a snapshot holds is checked through
// the lookup rows, one partition query per key.
public sealed class BanStore : IBanStore
{
    private const string BanPartition = "ban";
    private const int MaxSnapshotBans = 5_000;

    private readonly TableClient table;
    private readonly BanSnapshot snapshot;

    public BanStore(TableServiceClient tableService, TimeProvider clock)
    {
        table = tableService.GetTableClient(TableNames.Bans);
        snapshot = new BanSnapshot(ReadSnapshotAsync, clock);
    }

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
        snapshot.Forget();
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
        snapshot.Forget();
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
        var keys = emailKeys.Select(k => "e" + k).Concat(addressKeys.Select(k => "i" + k));
        return await snapshot.IsBannedAsync(keys, now, cancellationToken)
            ?? await IsBannedByLookupAsync(emailKeys, addressKeys, now, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, DateTimeOffset>?> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var bans = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BanPartition} and ExpiresAt gt {DateTimeOffset.UtcNow}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["EmailKey", "AddressKey", "ExpiresAt"], cancellationToken: cancellationToken))
        {
            if (++bans > MaxSnapshotBans)
            {
                return null;
            }

            var expires = row.GetDateTimeOffset("ExpiresAt")!.Value;
            foreach (var partition in LookupPartitions(row.GetString("EmailKey")!, row.GetString("AddressKey")))
            {
                keys[partition] = keys.TryGetValue(partition, out var other) && other > expires ? other : expires;
            }
        }

        return keys;
    }

    private async Task<bool> IsBannedByLookupAsync(IReadOnlyCollection<string> emailKeys, IReadOnlyCollection<string> addressKeys, DateTimeOffset now, CancellationToken cancellationToken)
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
