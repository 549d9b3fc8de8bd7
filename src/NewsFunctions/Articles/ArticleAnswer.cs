using System.Runtime.CompilerServices;
using System.Text.Json;
using NewsFunctions.Http;

namespace NewsFunctions.Articles;

// The 200 answer to GET /api/articles/{slug}: the article's JSON and its HTTP ETag, made once per
// stored version. Serializing a 4,000-character Arabic body and hashing the storage ETag on every
// read cost more CPU than the rest of the request; the ArticleCache hands out the same version for
// up to its MaxAge, so each version is serialized about once per instance.
public sealed class ArticleAnswer
{
    // Keyed by the StoredArticle instance, not by slug or storage ETag: a new read, a write this
    // instance made or a `with` copy is a new instance, so it can never be answered with an older
    // version's bytes, and an answer lives no longer than the cache keeps its version.
    private static readonly ConditionalWeakTable<StoredArticle, ArticleAnswer> Made = new();

    private ArticleAnswer(StoredArticle article)
    {
        ETag = ETags.FromStorage(article.ETag);
        Json = JsonSerializer.SerializeToUtf8Bytes(article.AsArticle(), ApiJson.Options);
    }

    public string ETag { get; }

    public byte[] Json { get; }

    public static ArticleAnswer Of(StoredArticle article) => Made.GetValue(article, a => new ArticleAnswer(a));
}
