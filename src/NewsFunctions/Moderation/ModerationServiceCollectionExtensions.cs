using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Moderation;

public static class ModerationServiceCollectionExtensions
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSingleton<IReaderClaimStore, ReaderClaimStore>();
        services.AddSingleton<INearDuplicateStore, NearDuplicateStore>();
        services.AddSingleton<SpamCheckerCache>();
        services.AddSingleton<DurableChecks>();
        services.AddSingleton<AutoModerator>();
        services.AddSingleton<StatusChanger>();
        return services;
    }
}
