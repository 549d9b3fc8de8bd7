namespace NewsFunctions.Articles;

// What the comment pipeline needs to know of an article.
public sealed record ArticleState(bool Exists, bool CommentsOpen)
{
    public static readonly ArticleState Missing = new(false, false);

    public static ArticleState Of(StoredArticle? article) => new(article is not null, article?.Draft.CommentsOpen ?? false);
}
