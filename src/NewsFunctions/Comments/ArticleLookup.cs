using System.Collections.Concurrent;
using NewsFunctions.Articles;

namespace NewsFunctions.Comments;

public sealed record ArticleState(bool Exists, bool CommentsOpen);

// Whether an article exists and takes comments, remembered for a few seconds per instance: posting
// and reading comments must not cost an article read each time (issue 7 measures POST throughput).
// A closed or deleted article is noticed within MaxAge; the queue function checks the same state.
public sealed class ArticleLookup(IArticleStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(3);

    // Bounds the memory a client probing random slugs can make us use.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ArticleState State, DateTimeOffset ReadAt)> cache = new(StringComparer.Ordinal);

    public async ValueTask<ArticleState> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(slug, out var entry) && now - entry.ReadAt < MaxAge)
        {
            return entry.State;
        }

        var article = await store.GetAsync(slug, cancellationToken);
        var state = new ArticleState(article is not null, article?.Draft.CommentsOpen ?? false);
        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        cache[slug] = (state, now);
        return state;
    }
}
