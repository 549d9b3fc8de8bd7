using Microsoft.Extensions.DependencyInjection;
using NewsFunctions.Moderation;

namespace NewsFunctions.Comments;

public static class CommentServiceCollectionExtensions
{
    // Singletons: the caches, the flood windows and the site key live as long as the instance.
    public static IServiceCollection AddCommentPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ISettingsStore, SettingsStore>();
        services.AddSingleton<ISpamModelStore, SpamModelStore>();
        services.AddSingleton<SpamModelCache>();
        services.AddSingleton<SpamModelTrainer>();
        services.AddSingleton<ModerationSettingsCache>();
        services.AddSingleton<SiteKeys>();
        services.AddSingleton<ArticleLookup>();
        services.AddSingleton<SubmissionGuard>();
        services.AddSingleton<ICommentStore, CommentStore>();
        services.AddSingleton<ICommentQueue, CommentQueue>();
        services.AddSingleton<INearDuplicateStore, NearDuplicateStore>();
        services.AddSingleton<CommentModerator>();
        services.AddSingleton<CommentModeration>();
        return services;
    }
}
