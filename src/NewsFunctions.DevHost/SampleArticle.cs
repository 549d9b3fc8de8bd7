using NewsFunctions.Articles;
using NewsFunctions.Storage;

namespace NewsFunctions.DevHost;

public sealed record SampleArticle(string Slug, ArticleInput Article);
