using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.DevHost;

// Reads the functions from the same attributes the Worker SDK turns into functions.metadata, so a
// function added to the app is served here with no second registration and no chance to drift.
public sealed class FunctionCatalog
{
    public FunctionCatalog(Assembly functionsAssembly)
    {
        var functions = functionsAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();

        foreach (var (method, attribute) in functions)
        {
            foreach (var parameter in method.GetParameters())
            {
                if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
                {
                    var verbs = (http.Methods ?? ["get", "post", "put", "delete", "patch", "head", "options"]).Select(v => v.ToUpperInvariant()).ToList();
                    HttpFunctions.Add(new HttpFunctionDescriptor(attribute!.Name, method, http.Route ?? attribute.Name, verbs, http.AuthLevel));
                }
                else if (parameter.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
                {
                    QueueFunctions.Add(new QueueFunctionDescriptor(attribute!.Name, method, queue.QueueName));
                }
                else if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
                {
                    TimerFunctions.Add(new TimerFunctionDescriptor(attribute!.Name, method, timer.Schedule, timer.RunOnStartup));
                }
            }
        }
    }

    public List<HttpFunctionDescriptor> HttpFunctions { get; } = [];

    public List<QueueFunctionDescriptor> QueueFunctions { get; } = [];

    public List<TimerFunctionDescriptor> TimerFunctions { get; } = [];

    public QueueFunctionDescriptor QueueFunction(string name)
        => QueueFunctions.SingleOrDefault(f => f.Name == name)
            ?? throw new InvalidOperationException($"The Functions app has no queue-triggered function named {name}.");
}
