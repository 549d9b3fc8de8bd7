using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Poison;

public static class PoisonServiceCollectionExtensions
{
    public static IServiceCollection AddPoison(this IServiceCollection services)
    {
        services.AddSingleton<IPoisonQueue, PoisonQueue>();
        return services;
    }
}
