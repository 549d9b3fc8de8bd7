using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.DevHost;

// Calls a function method the way the worker does: a new instance of its class per invocation,
// constructor arguments from DI, and parameters bound by kind (trigger, route value, cancellation).
public static class FunctionInvoker
{
    // CreateInstance looks for a constructor and matches its parameters on every call; a factory
    // made once per class does that work once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public static async Task<IActionResult> InvokeHttpAsync(HttpFunctionDescriptor function, HttpContext context)
    {
        var arguments = function.Method.GetParameters().Select(p => BindHttpParameter(p, context)).ToArray();
        var result = await InvokeAsync(function.Method, context.RequestServices, arguments);
        return result as IActionResult
            ?? throw new InvalidOperationException($"{function.Name} did not return an IActionResult.");
    }

    public static Task InvokeQueueAsync(QueueFunctionDescriptor function, IServiceProvider services, string message, CancellationToken cancellationToken)
        => InvokeTriggeredAsync<QueueTriggerAttribute>(function.Name, function.Method, services, message, cancellationToken);

    public static Task InvokeTimerAsync(TimerFunctionDescriptor function, IServiceProvider services, TimerInfo timer, CancellationToken cancellationToken)
        => InvokeTriggeredAsync<TimerTriggerAttribute>(function.Name, function.Method, services, timer, cancellationToken);

    // A function without a request binds its trigger and the cancellation token, and gets a DI scope
    // of its own per invocation, as the worker gives it.
    private static async Task InvokeTriggeredAsync<TTrigger>(string name, MethodInfo method, IServiceProvider services, object trigger, CancellationToken cancellationToken)
        where TTrigger : Attribute
    {
        var arguments = method.GetParameters().Select(p => p switch
        {
            _ when p.GetCustomAttribute<TTrigger>() is not null => trigger,
            _ when p.ParameterType == typeof(CancellationToken) => cancellationToken,
            _ => throw Unsupported(name, p),
        }).ToArray();

        await using var scope = services.CreateAsyncScope();
        await InvokeAsync(method, scope.ServiceProvider, arguments);
    }

    private static object? BindHttpParameter(ParameterInfo parameter, HttpContext context) => parameter switch
    {
        _ when parameter.ParameterType == typeof(HttpRequest) => context.Request,
        _ when parameter.ParameterType == typeof(CancellationToken) => context.RequestAborted,
        _ when parameter.ParameterType == typeof(string) => context.Request.RouteValues[parameter.Name!]?.ToString(),
        _ => throw Unsupported(parameter.Member.Name, parameter),
    };

    private static async Task<object?> InvokeAsync(MethodInfo method, IServiceProvider services, object?[] arguments)
    {
        var instance = method.IsStatic ? null : Factories.GetOrAdd(method.DeclaringType!, t => ActivatorUtilities.CreateFactory(t, []))(services, null);
        object? returned;
        try
        {
            returned = method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task;
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            default:
                return returned;
        }
    }

    private static InvalidOperationException Unsupported(string function, ParameterInfo parameter)
        => new($"The local host cannot bind parameter '{parameter.Name}' of {function}; bind HttpRequest, route values, the trigger and CancellationToken only.");
}
