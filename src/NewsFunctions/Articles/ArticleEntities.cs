using System.Text.Json;
using Azure.Data.Tables;

namespace NewsFunctions.Articles;

// How an article sits in its table entity.
internal static class ArticleEntities
{
    private const int ChunkLength = 30_000;

    internal static TableEntity ToEntity(ArticleDraft draft, DateTimeOffset now, int commentCount, string indexKey)
    {
        var entity = new TableEntity(draft.Slug, ArticleStore.ArticleRow)
        {
            ["Title"] = draft.Title,
            ["Category"] = draft.Category,
            ["Summary"] = draft.Summary,
            ["Tags"] = JsonSerializer.Serialize(draft.Tags),
            ["Author"] = draft.Author,
            ["Source"] = draft.Source,
            ["SourceUrl"] = draft.SourceUrl,
            ["Language"] = draft.Language,
            ["PublishedAt"] = draft.PublishedAt,
            ["CommentsOpen"] = draft.CommentsOpen,
            ["UpdatedAt"] = now,
            ["CommentCount"] = commentCount,
            ["IndexKey"] = indexKey,
        };

        var chunks = SplitBody(draft.Body);
        entity["BodyChunks"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[$"Body{i}"] = chunks[i];
        }

        return entity;
    }

    // Never splits a surrogate pair: each chunk must be valid UTF-16 on its own to survive the wire.
    internal static List<string> SplitBody(string body)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < body.Length)
        {
            var length = Math.Min(ChunkLength, body.Length - start);
            if (start + length < body.Length && char.IsHighSurrogate(body[start + length - 1]))
            {
                length--;
            }

            chunks.Add(body.Substring(start, length));
            start += length;
        }

        return chunks;
    }

    internal static StoredArticle FromEntity(TableEntity entity)
    {
        var chunkCount = entity.GetInt32("BodyChunks") ?? 0;
        var body = string.Concat(Enumerable.Range(0, chunkCount).Select(i => entity.GetString($"Body{i}")));
        var draft = new ArticleDraft(
            entity.PartitionKey,
            entity.GetString("Title") ?? "",
            body,
            entity.GetString("Category") ?? "",
            entity.GetString("Summary"),
            JsonSerializer.Deserialize<List<string>>(entity.GetString("Tags") ?? "[]") ?? [],
            entity.GetString("Author"),
            entity.GetString("Source"),
            entity.GetString("SourceUrl"),
            entity.GetString("Language") ?? "ar",
            entity.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.UnixEpoch,
            entity.GetBoolean("CommentsOpen") ?? true);
        return new StoredArticle(draft, entity.GetDateTimeOffset("UpdatedAt") ?? entity.Timestamp ?? DateTimeOffset.UnixEpoch,
            entity.GetInt32("CommentCount") ?? 0, entity.ETag.ToString());
    }
}
