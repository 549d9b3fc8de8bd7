using Microsoft.Extensions.DependencyInjection;

namespace NewsFunctions.Reports;

public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
        => services.AddSingleton<IReportStore, ReportStore>();
}
