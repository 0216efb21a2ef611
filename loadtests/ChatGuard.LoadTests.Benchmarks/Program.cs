using BenchmarkDotNet.Running;

// dotnet run -c Release --project loadtests/ChatGuard.LoadTests.Benchmarks -- --filter '*' [--job short]
// The PostgreSQL case runs when CHATGUARD_BENCH_POSTGRES holds a connection string to a server on loopback.
BenchmarkSwitcher.FromAssembly(typeof(ChatGuard.LoadTests.Benchmarks.StoreBenchmarks).Assembly).Run(args);
