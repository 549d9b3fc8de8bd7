using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NewsFunctions.Benchmarks -- --filter '*' --job short --inProcess
// (in-process: the Functions project's build is too heavy to repeat for BenchmarkDotNet's own copy)
BenchmarkSwitcher.FromAssembly(typeof(SpamCheckBenchmarks).Assembly).Run(args);
