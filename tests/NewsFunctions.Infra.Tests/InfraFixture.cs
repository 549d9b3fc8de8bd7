using System.Text.Json;

namespace NewsFunctions.Infra.Tests;

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<InfraFixture>
{
    public const string Name = "infra";
}

// Compiles and lints infra/ once for all tests, and evaluates it for two parameter sets with
// `bicep snapshot`, which flattens the modules and resolves every condition and parameter that can be
// known before deployment. Work happens in a copy of infra/ so no generated file lands in the tree.
public sealed class InfraFixture : IDisposable
{
    public const string SubscriptionId = "00000000-0000-0000-0000-000000000001";
    public const string TenantId = "00000000-0000-0000-0000-000000000002";
    public const string UserPrincipalId = "00000000-0000-0000-0000-000000000003";
    public const string EntraClientId = "00000000-0000-0000-0000-000000000004";
    public const string Location = "swedencentral";

    // Passed in as azd passes the one it generated; the tests check it never comes out again.
    public const string HashSecret = "test-hash-secret-0123456789abcdefghijklmnopqrstuv";

    // The private set is also mid-rotation, with this as the previous secret.
    public const string PreviousHashSecret = "test-previous-hash-secret-0123456789abcdefghijkl";

    private readonly string _workDirectory;

    public InfraFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        InfraDirectory = System.IO.Path.Combine(RepositoryRoot, "infra");
        _workDirectory = Directory.CreateTempSubdirectory("newsfunctions-infra-").FullName;
        CopyDirectory(InfraDirectory, System.IO.Path.Combine(_workDirectory, "infra"));

        Lint = BicepCli.Run(_workDirectory, "lint", "infra/main.bicep");
        Build = BicepCli.Run(_workDirectory, "build", "infra/main.bicep", "--stdout");
        Template = Build.ExitCode == 0 ? JsonDocument.Parse(Build.Output).RootElement.Clone() : default;

        Default = Evaluate("default", $"""
            param environmentName = 'news-test'
            param location = '{Location}'
            param corsAllowedOrigins = 'https://news.example'
            param hashSecret = '{HashSecret}'
            """);
        Private = Evaluate("private", $"""
            param environmentName = 'news-test'
            param location = '{Location}'
            param principalId = '{UserPrincipalId}'
            param corsAllowedOrigins = 'https://news.example, https://www.news.example'
            param entraClientId = '{EntraClientId}'
            param enablePrivateNetworking = true
            param hashSecret = '{HashSecret}'
            param previousHashSecret = '{PreviousHashSecret}'
            """);
    }

    public string RepositoryRoot { get; }
    public string InfraDirectory { get; }
    public BicepResult Lint { get; }
    public BicepResult Build { get; }

    // The compiled ARM template, as `azd provision` sends it.
    public JsonElement Template { get; }

    // Defaults plus one CORS origin: what a first `azd up` deploys.
    public Snapshot Default { get; }

    // Every optional feature on: deploying user's roles, Entra sign-in, private networking, a rotation.
    public Snapshot Private { get; }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    private Snapshot Evaluate(string name, string parameters)
    {
        File.WriteAllText(
            System.IO.Path.Combine(_workDirectory, $"{name}.bicepparam"),
            $"using 'infra/main.bicep'\n{parameters}\n");
        var result = BicepCli.Run(
            _workDirectory,
            "snapshot", $"{name}.bicepparam",
            "--subscription-id", SubscriptionId,
            "--tenant-id", TenantId,
            "--location", Location);
        var file = System.IO.Path.Combine(_workDirectory, $"{name}.snapshot.json");

        // A failed snapshot fails only the tests that read it, so the lint and build tests still say
        // what is wrong with the template.
        return result.ExitCode == 0 && File.Exists(file)
            ? new Snapshot(JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone(), result.Diagnostics)
            : new Snapshot(null, result.Diagnostics);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "NewsFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsFunctions.sln not found above the test output directory");
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
