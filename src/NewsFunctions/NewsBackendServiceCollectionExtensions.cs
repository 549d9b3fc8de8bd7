using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions;

public static class NewsBackendServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBackend(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IServiceCollection AddNewsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
