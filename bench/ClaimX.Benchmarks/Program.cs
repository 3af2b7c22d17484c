using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimX.Benchmarks;

// dotnet run -c Release --project bench/ClaimX.Benchmarks -- --filter '*' [--job short]
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(TextStageBenchmarks).Assembly).Run(args, config);
