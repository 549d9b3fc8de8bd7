using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Bans;

public static class BanServiceCollectionExtensions
{
    public static IServiceCollection AddBans(this IServiceCollection services)
    {
        services.AddSingleton<IBanStore, BanStore>();
        return services;
    }
}
