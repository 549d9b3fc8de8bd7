using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Comments;

public static class CommentServiceCollectionExtensions
{
    // Singletons: the flood windows and the site key live as long as the instance.
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddSingleton<ISiteSecretStore, SiteSecretStore>();
        services.AddSingleton<SiteKeys>();
        services.AddSingleton<SubmissionGuard>();
        services.AddSingleton<ICommentStore, CommentStore>();
        services.AddSingleton<ICommentQueue, CommentQueue>();
        services.AddSingleton<CommentSubmission>();
        return services;
    }
}
