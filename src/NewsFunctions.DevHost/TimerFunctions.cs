using Microsoft.Azure.Functions.Worker;
using NCrontab;
using NewsFunctions.Storage;

namespace NewsFunctions.DevHost;

// Runs every [TimerTrigger] function of the app on the schedule of its own attribute, in UTC as the
// Functions host does. A small hosted service with NCrontab.Signed, the parser the host's timer
// extension itself uses, rather than Microsoft.Azure.WebJobs.Extensions 3.0.6: that package keeps its
// schedule monitor and singleton locks in blobs through the old Host.Storage 3.x SDK, and each timer
// would need a bridge method as the queue functions do. One local process needs neither lock nor monitor.
public sealed class TimerFunctions : BackgroundService
{
    // Runs each timer once as soon as storage is ready, then on its schedule: a newsroom trying the
    // nightly clean-up sees it work without waiting for 03:30.
    public const string RunAtStartSettingName = "DevHost:RunTimersAtStart";

    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    private readonly IReadOnlyList<(TimerFunctionDescriptor Function, CrontabSchedule Schedule)> timers;
    private readonly IServiceProvider services;
    private readonly StorageInitializer storage;
    private readonly TimeProvider clock;
    private readonly bool runAtStart;
    private readonly ILogger<TimerFunctions> logger;

    public TimerFunctions(FunctionCatalog catalog, IServiceProvider services, StorageInitializer storage, TimeProvider clock, IConfiguration configuration, ILogger<TimerFunctions> logger)
    {
        // A schedule the parser rejects stops the host at start, as the Functions host would refuse it.
        timers = [.. catalog.TimerFunctions.Select(f => (f, Parse(f, configuration)))];
        (this.services, this.storage, this.clock, this.logger) = (services, storage, clock, logger);
        runAtStart = configuration.GetValue<bool>(RunAtStartSettingName);
    }

    // "%Name%" is an app setting, as in the Functions host; the rest is a 6-field NCRONTAB expression.
    public static CrontabSchedule Parse(TimerFunctionDescriptor function, IConfiguration configuration)
    {
        var expression = function.Schedule is ['%', .. var name, '%']
            ? configuration[name] ?? throw new InvalidOperationException($"{function.Name}'s schedule names the setting {name}, which is not set.")
            : function.Schedule;
        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException($"{function.Name}'s schedule '{expression}' is not a 6-field NCRONTAB expression.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storage.Ready.WaitAsync(stoppingToken);
        await Task.WhenAll(timers.Select(t => RunAsync(t.Function, t.Schedule, stoppingToken)));
    }

    private async Task RunAsync(TimerFunctionDescriptor function, CrontabSchedule schedule, CancellationToken stoppingToken)
    {
        DateTime? last = null;
        if (runAtStart || function.RunOnStartup)
        {
            last = await InvokeAsync(function, schedule, last, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(clock.GetUtcNow().UtcDateTime);

            // A day at a time: Task.Delay takes at most 49 days, and a yearly schedule waits longer.
            for (var left = next - clock.GetUtcNow().UtcDateTime; left > TimeSpan.Zero; left = next - clock.GetUtcNow().UtcDateTime)
            {
                await Task.Delay(left < MaxWait ? left : MaxWait, clock, stoppingToken);
            }

            last = await InvokeAsync(function, schedule, last, stoppingToken);
        }
    }

    private async Task<DateTime> InvokeAsync(TimerFunctionDescriptor function, CrontabSchedule schedule, DateTime? last, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var timer = new TimerInfo { ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = schedule.GetNextOccurrence(now), LastUpdated = now } };
        try
        {
            await FunctionInvoker.InvokeTimerAsync(function, services, timer, stoppingToken);
            logger.LogInformation("Timer function {FunctionName} ran; next at {Next:u}", function.Name, timer.ScheduleStatus.Next);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As in the Functions host, a failed run is logged and the schedule goes on: the next run
            // may find storage back, and the host must not die of one timer.
            logger.LogError(ex, "Timer function {FunctionName} failed", function.Name);
        }

        return now;
    }
}
