using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.SpamLearning;

public static class SpamLearningServiceCollectionExtensions
{
    public static IServiceCollection AddSpamLearning(this IServiceCollection services)
    {
        services.AddSingleton<ISpamModelStore, SpamModelStore>();
        services.AddSingleton<SpamModelCache>();
        services.AddSingleton<SpamModelTrainer>();
        return services;
    }
}
