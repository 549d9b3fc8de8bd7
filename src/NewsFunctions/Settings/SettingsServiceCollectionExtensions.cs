using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Settings;

public static class SettingsServiceCollectionExtensions
{
    public static IServiceCollection AddModerationSettings(this IServiceCollection services)
    {
        services.AddSingleton<ISettingsStore, SettingsStore>();
        services.AddSingleton<ModerationSettingsCache>();
        return services;
    }
}
