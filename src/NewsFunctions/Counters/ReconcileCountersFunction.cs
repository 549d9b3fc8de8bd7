using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.Counters;

public sealed class ReconcileCountersFunction(CounterReconciler reconciler)
{
    // Hourly, at ten past: each run is bounded (ReconcileLimits), so the hour only sets how soon a
    // counter a crash left wrong is repaired. The local host runs no timers; the tests call
    // CounterReconciler directly.
    [Function(nameof(ReconcileCounters))]
    public async Task ReconcileCounters([TimerTrigger("0 10 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
        => await reconciler.RunAsync(cancellationToken);
}
