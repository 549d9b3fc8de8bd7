using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Readers;

public static class ReaderServiceCollectionExtensions
{
    public static IServiceCollection AddReaders(this IServiceCollection services)
    {
        services.AddSingleton<ReaderEraser>();
        services.AddSingleton<AddressRetention>();
        return services;
    }
}
