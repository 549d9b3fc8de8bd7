using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.DevHost;

public sealed record HttpFunctionDescriptor(string Name, MethodInfo Method, string Route, IReadOnlyList<string> Methods, AuthorizationLevel Level);
