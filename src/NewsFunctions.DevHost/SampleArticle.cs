using NewsFunctions.Articles;

namespace NewsFunctions.DevHost;

public sealed record SampleArticle(string Slug, ArticleInput Article);
