namespace NewsFunctions.Articles;

public sealed record StoredArticle(ArticleDraft Draft, DateTimeOffset UpdatedAt, int CommentCount, string ETag);
