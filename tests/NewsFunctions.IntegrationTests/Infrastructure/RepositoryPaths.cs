using System.Reflection;

namespace NewsFunctions.IntegrationTests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public static string DevHostDll => Path.Combine(Root, "src", "NewsFunctions.DevHost", "bin", Configuration, "net10.0", "NewsFunctions.DevHost.dll");

    public static string FunctionsMetadata => Path.Combine(Root, "src", "NewsFunctions", "bin", Configuration, "net10.0", "functions.metadata");

    public static string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsFunctions.sln not found above the test binaries.");
    }
}
