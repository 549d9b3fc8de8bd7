using NewsFunctions.Moderation;

namespace NewsFunctions.DevHost;

// The WebJobs listener needs one method per queue-triggered function, declared with its attributes.
// Each method only forwards to the worker function of the same name; the queue name resolves from
// that function's own [QueueTrigger] (QueueNameResolver). Program checks at start that every
// queue-triggered function of the app has its method here.
public sealed class QueueBridge(FunctionCatalog catalog, IServiceProvider services)
{
    internal Task ForwardAsync(string functionName, string message, CancellationToken cancellationToken)
        => FunctionInvoker.InvokeQueueAsync(catalog.QueueFunction(functionName), services, message, cancellationToken);

    [Microsoft.Azure.WebJobs.FunctionName(nameof(AutoModerationFunction.ModerateComment))]
    public Task ModerateComment([Microsoft.Azure.WebJobs.QueueTrigger("%" + nameof(AutoModerationFunction.ModerateComment) + "%")] string message, CancellationToken cancellationToken)
        => ForwardAsync(nameof(AutoModerationFunction.ModerateComment), message, cancellationToken);

    public static IEnumerable<string> BridgedFunctionNames()
        => typeof(QueueBridge).GetMethods()
            .Select(m => m.GetCustomAttributes(typeof(Microsoft.Azure.WebJobs.FunctionNameAttribute), false).Cast<Microsoft.Azure.WebJobs.FunctionNameAttribute>().FirstOrDefault()?.Name)
            .OfType<string>();
}
