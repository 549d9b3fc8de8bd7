using Microsoft.Azure.WebJobs;

namespace NewsFunctions.DevHost;

// Resolves "%ModerateComment%" in a bridge's [QueueTrigger] to the queue named on the worker
// function's own attribute: the queue name is written once, in the Functions app.
public sealed class QueueNameResolver(FunctionCatalog catalog, IConfiguration configuration) : INameResolver
{
    public string? Resolve(string name)
        => catalog.QueueFunctions.FirstOrDefault(f => f.Name == name)?.QueueName ?? configuration[name];
}
