using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.DevHost;

// Calls a function method the way the worker does: a new instance of its class per invocation,
// constructor arguments from DI, and parameters bound by kind (trigger, route value, cancellation).
public static class FunctionInvoker
{
    // CreateFactory looks for a constructor and matches its parameters; made once per class, not per call.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    // An HTTP function's binding is worked out once, when its route is mapped: reading its
    // parameters, matching its constructor and reading a Task's result by reflection on every
    // request cost about as much CPU as a cached article read itself. A parameter the local host
    // cannot bind therefore stops it at start rather than failing each call.
    public static Func<HttpContext, Task<IActionResult>> ForHttp(HttpFunctionDescriptor function)
    {
        var binders = function.Method.GetParameters().Select(p => HttpBinder(function.Name, p)).ToArray();
        var create = InstanceFactory(function.Method);
        return async context =>
        {
            var arguments = new object?[binders.Length];
            for (var i = 0; i < binders.Length; i++)
            {
                arguments[i] = binders[i](context);
            }

            var returned = Call(function.Method, create?.Invoke(context.RequestServices, null), arguments);
            var result = returned switch
            {
                Task<IActionResult> task => await task,
                _ => await ResultOfAsync(returned),
            };
            return result as IActionResult
                ?? throw new InvalidOperationException($"{function.Name} did not return an IActionResult.");
        };
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
        await ResultOfAsync(Call(method, InstanceFactory(method)?.Invoke(scope.ServiceProvider, null), arguments));
    }

    private static Func<HttpContext, object?> HttpBinder(string function, ParameterInfo parameter)
    {
        var name = parameter.Name!;
        return parameter.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => context => context.Request,
            var t when t == typeof(CancellationToken) => context => context.RequestAborted,
            var t when t == typeof(string) => context => context.Request.RouteValues[name]?.ToString(),
            _ => throw Unsupported(function, parameter),
        };
    }

    private static ObjectFactory? InstanceFactory(MethodInfo method)
        => method.IsStatic ? null : Factories.GetOrAdd(method.DeclaringType!, t => ActivatorUtilities.CreateFactory(t, []));

    private static object? Call(MethodInfo method, object? instance, object?[] arguments)
    {
        try
        {
            return method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }

    private static async Task<object?> ResultOfAsync(object? returned)
    {
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
    }

    private static InvalidOperationException Unsupported(string function, ParameterInfo parameter)
        => new($"The local host cannot bind parameter '{parameter.Name}' of {function}; bind HttpRequest, route values, the trigger and CancellationToken only.");
}
