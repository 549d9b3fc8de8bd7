namespace NewsFunctions.Articles;

public interface IArticleStore
{
    Task<StoredArticle?> GetAsync(string slug, CancellationToken cancellationToken);

    // Returns true when the article did not exist before.
    Task<bool> SaveAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string slug, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredArticle> Items, string? LastKey)> ListAsync(string? category, int limit, string? afterKey, CancellationToken cancellationToken);
}
