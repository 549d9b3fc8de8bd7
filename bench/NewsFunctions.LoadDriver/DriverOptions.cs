using System.Globalization;

namespace NewsFunctions.LoadDriver;

// Command line: every run is bounded by --duration per scenario and --drain messages, so a run
// always stops by itself. --start (the default) brings up its own Azurite and local host.
public sealed record DriverOptions
{
    public int Concurrency { get; init; } = 16;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan WarmupRound { get; init; } = TimeSpan.FromSeconds(6);
    public int Rounds { get; init; } = 2;
    public int DrainMessages { get; init; } = 2000;
    public int CountedComments { get; init; } = 1000;
    public bool Start { get; init; } = true;
    public string? HostUrl { get; init; }
    public string? StorageConnectionString { get; init; }
    public string? FunctionKey { get; init; }
    public string? WriteTo { get; init; }
    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string> { "submit", "get", "drain", "requests" };
    public Dictionary<string, string> HostSettings { get; } = new();
    public string CommandLine { get; init; } = "";

    public static DriverOptions Parse(string[] args)
    {
        var options = new DriverOptions { CommandLine = string.Join(' ', args) };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--start" => options with { Start = true },
                "--host" => options with { Start = false, HostUrl = Next() },
                "--storage" => options with { StorageConnectionString = Next() },
                "--key" => options with { FunctionKey = Next() },
                "--concurrency" or "-c" => options with { Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" or "-d" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--warmup-round" => options with { WarmupRound = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--rounds" => options with { Rounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--drain" => options with { DrainMessages = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--count" => options with { CountedComments = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--write" => options with { WriteTo = Next() },
                "--only" => options with { Scenarios = Next().Split(',').ToHashSet() },
                "--host-setting" => options.WithHostSetting(Next()),
                _ => throw new ArgumentException($"Unknown argument {args[i]}. See bench/NewsFunctions.LoadDriver/README in docs/PERFORMANCE.md."),
            };
        }

        if (!options.Start && (options.StorageConnectionString is null || options.FunctionKey is null))
        {
            throw new ArgumentException("--host needs --storage (the same Azurite as the host) and --key.");
        }

        if (options.Concurrency < 1 || options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromMinutes(5) || options.Rounds is < 1 or > 10
            || options.DrainMessages is < 10 or > 50_000 || options.CountedComments is < 10 or > 20_000)
        {
            throw new ArgumentException("Out of bounds: concurrency >= 1, duration 0..300 s, rounds 1..10, drain 10..50000, count 10..20000.");
        }

        return options;
    }

    private DriverOptions WithHostSetting(string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--host-setting takes NAME=VALUE, not {pair}.");
        }

        HostSettings[pair[..at]] = pair[(at + 1)..];
        return this;
    }
}
