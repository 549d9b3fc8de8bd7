using Microsoft.Extensions.DependencyInjection;
using NewsFunctions.Comments;

namespace NewsFunctions.Counters;

public static class CounterServiceCollectionExtensions
{
    public static IServiceCollection AddCounters(this IServiceCollection services)
    {
        services.AddSingleton<CommentStatusScan>();
        services.AddSingleton<CounterStore>();
        services.AddSingleton<IStatusCounter, StatusCounter>();
        services.AddSingleton(ReconcileLimits.Default);
        services.AddSingleton<CounterReconciler>();
        return services;
    }
}
