using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Articles;

public static class ArticleServiceCollectionExtensions
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddSingleton<ArticleCache>();
        services.AddSingleton<IArticleStore, ArticleStore>();
        services.AddSingleton<ICommentCounter, CommentCounter>();
        return services;
    }
}
