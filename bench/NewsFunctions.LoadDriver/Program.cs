using NewsFunctions.LoadDriver;

// One command reproduces every figure in docs/PERFORMANCE.md:
//   dotnet run -c Release --project bench/NewsFunctions.LoadDriver -- --start --write docs/PERFORMANCE.md
var options = DriverOptions.Parse(args);
var report = new Report(options);
Console.WriteLine($"Starting ({report.LoadAverage()})...");

await using (var system = await SystemUnderTest.StartAsync(options))
using (var site = new BenchSite(system, options))
{
    await site.PutArticleAsync(site.Slug);
    await site.SaveSettingsAsync();
    await new HttpScenarios(site, system, report).RunAsync();
    if (options.Scenarios.Contains("drain") && !system.CanRestartHost)
    {
        report.Add(new DrainResult(Report.HostDrain, options.DrainMessages, double.NaN, TimeSpan.Zero, "needs --start: the driver restarts the host with its listener on"));
    }
    else if (options.Scenarios.Contains("drain"))
    {
        await new DrainScenarios(site, system, report).RunAsync();
        report.Stats(await site.StatsAsync());
    }
}

// Last, on an Azurite of its own that logs every request: logging slows Azurite for everything else.
if (options.Scenarios.Contains("requests") && options.Start)
{
    Console.WriteLine($"Counting storage requests for {options.CountedComments} comments ({report.LoadAverage()})");
    report.Requests(await RequestCounting.MeasureAsync(options, options.CountedComments));
}

Console.WriteLine();
var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
if (options.WriteTo is not null)
{
    // `dotnet run` starts the driver in its project folder; a relative path means the repository
    // root, where the documented command is run from.
    var path = Path.Combine(NewsFunctions.IntegrationTests.Infrastructure.RepositoryPaths.Root, options.WriteTo);
    Report.WriteInto(path, markdown);
    Console.WriteLine($"Written into {path}");
}
