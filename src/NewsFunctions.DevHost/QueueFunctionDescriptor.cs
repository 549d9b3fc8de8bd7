using System.Reflection;

namespace NewsFunctions.DevHost;

public sealed record QueueFunctionDescriptor(string Name, MethodInfo Method, string QueueName);
