using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NewsFunctions.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(SpamCheckBenchmarks).Assembly).Run(args);
