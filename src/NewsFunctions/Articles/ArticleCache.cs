using System.Collections.Concurrent;

namespace NewsFunctions.Articles;

// Articles read in the last MaxAge, served from memory: reading an article, posting a comment under
// it and moderating that comment must not each cost a storage read. This instance's own writes
// forget the article at once; another instance's show within MaxAge, well inside the max-age=60 the
// answers already allow, and a closed or deleted article stops taking comments as soon.
public sealed class ArticleCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    // Bounds the memory: an article holds at most 200,000 characters, and a client probing random
    // slugs fills the cache with misses.
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, (StoredArticle? Article, DateTimeOffset ReadAt)> recent = new(StringComparer.Ordinal);
    private long generation;

    public async Task<StoredArticle?> GetAsync(string slug, Func<string, CancellationToken, Task<StoredArticle?>> read, CancellationToken cancellationToken)
    {
        if (recent.TryGetValue(slug, out var hit) && clock.GetUtcNow() - hit.ReadAt < MaxAge)
        {
            return hit.Article;
        }

        var before = Volatile.Read(ref generation);
        var article = await read(slug, cancellationToken);
        if (recent.Count >= MaxEntries)
        {
            recent.Clear();
        }

        // A read that raced a write may hold what the write replaced: it is answered, not kept.
        if (before == Volatile.Read(ref generation))
        {
            recent[slug] = (article, clock.GetUtcNow());
        }

        return article;
    }

    // A count this instance committed: the cached article takes it with the row's new ETag, just as
    // a read would give them, so the next comment's moderation does not read the article again.
    public void CountChanged(string slug, int count, string etag)
    {
        Interlocked.Increment(ref generation);
        if (recent.TryGetValue(slug, out var hit) && hit.Article is { } article)
        {
            recent[slug] = (article with { CommentCount = count, ETag = etag }, hit.ReadAt);
        }
    }

    public void Forget(string slug)
    {
        Interlocked.Increment(ref generation);
        recent.TryRemove(slug, out _);
    }
}
