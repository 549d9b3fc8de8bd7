using System.Text.Json;
using Azure.Data.Tables;
using NewsFunctions.Http;

namespace NewsFunctions.Comments;

// How a comment and its public row sit in table entities.
internal static class CommentEntities
{
    private const int MaxHistoryEntries = 100;

    internal static TableEntity PublicEntity(StoredComment comment)
    {
        var row = comment.PublicRow();
        return new TableEntity(CommentKeys.ApprovedPartition(comment.ArticleSlug), row.Id)
        {
            ["ParentId"] = row.ParentId,
            ["Author"] = row.Author,
            ["AvatarKey"] = row.AvatarKey,
            ["Content"] = row.Content,
            ["Website"] = row.Website,
            ["CreatedAt"] = row.CreatedAt,
        };
    }

    internal static PublicCommentRow PublicRowFromEntity(TableEntity e)
        => new(e.RowKey, e.GetString("ParentId"), e.GetString("Author") ?? "", e.GetString("AvatarKey") ?? "",
            e.GetString("Content") ?? "", e.GetString("Website"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch);

    internal static TableEntity ToEntity(StoredComment c) => new(c.Id, CommentKeys.MainRow)
    {
        ["ArticleSlug"] = c.ArticleSlug,
        ["ParentId"] = c.ParentId,
        ["Depth"] = c.Depth,
        ["Author"] = c.Author,
        ["Email"] = c.Email,
        ["AvatarKey"] = c.AvatarKey,
        ["Content"] = c.Content,
        ["Website"] = c.Website,
        ["IpHash"] = c.IpHash,
        ["CreatedAt"] = c.CreatedAt,
        ["Status"] = c.Status,
        ["Reasons"] = JsonSerializer.Serialize(c.Reasons, ApiJson.Options),
        ["SpamScore"] = c.SpamScore,
        ["EditHash"] = c.EditHash,
        ["EditedAt"] = c.EditedAt,
        ["ReportCount"] = c.ReportCount,

        // One property holds at most 32K characters: the oldest entries give way to the latest.
        ["History"] = JsonSerializer.Serialize(c.History.TakeLast(MaxHistoryEntries), ApiJson.Options),
    };

    internal static StoredComment FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("ArticleSlug") ?? "",
        e.GetString("ParentId"),
        e.GetInt32("Depth") ?? 1,
        e.GetString("Author") ?? "",
        e.GetString("Email") ?? "",
        e.GetString("AvatarKey") ?? "",
        e.GetString("Content") ?? "",
        e.GetString("Website"),
        // Retention clears the address hash to "" (a merge of one property): read that as none.
        e.GetString("IpHash") is { Length: > 0 } ipHash ? ipHash : null,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch,
        e.GetString("Status") ?? CommentStatuses.Pending,
        JsonSerializer.Deserialize<List<string>>(e.GetString("Reasons") ?? "[]", ApiJson.Options) ?? [],
        e.GetDouble("SpamScore") ?? 0,
        JsonSerializer.Deserialize<List<HistoryEntry>>(e.GetString("History") ?? "[]", ApiJson.Options) ?? [],
        e.ETag.ToString(),
        e.GetString("EditHash"),
        e.GetDateTimeOffset("EditedAt"),
        e.GetInt32("ReportCount") ?? 0);
}
