using System.Reflection;

namespace NewsFunctions.DevHost;

public sealed record TimerFunctionDescriptor(string Name, MethodInfo Method, string Schedule, bool RunOnStartup);
