using System.Diagnostics;
using System.Reflection;

namespace NewsFunctions.Infra.Tests;

public sealed record BicepResult(int ExitCode, string Output, string Diagnostics);

// Runs the Bicep CLI that the Azure.Bicep.CommandLine.linux-x64 package restores into the NuGet cache.
public static class BicepCli
{
    // A cold start of the CLI takes a few seconds on a busy two-core machine; a minute means it hangs.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static string Path { get; } = FindBinary();

    public static BicepResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new BicepResult(process.ExitCode, output.Result, diagnostics.Result.Trim());
    }

    private static string FindBinary()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value
            ?? throw new InvalidOperationException("BicepPath metadata is missing from the test assembly");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Restore the test project: the Bicep CLI package is missing", path);
        }

        // NuGet extracts package files without the execute bit on some systems. The package is the
        // linux-x64 build, so there is no Windows branch to take.
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }
}
