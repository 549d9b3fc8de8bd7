using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Moderation;

public static class ModerationServiceCollectionExtensions
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSingleton<IReaderClaimStore, ReaderClaimStore>();
        services.AddSingleton<INearDuplicateStore, NearDuplicateStore>();
        services.AddSingleton<SpamCheckerCache>();
        services.AddSingleton<CommentModerator>();
        services.AddSingleton<CommentModeration>();
        return services;
    }
}
