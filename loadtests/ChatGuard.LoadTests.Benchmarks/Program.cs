using BenchmarkDotNet.Running;

// dotnet run -c Release --project loadtests/ChatGuard.LoadTests.Benchmarks -- --filter '*' [--job short]
// PostgreSQL and Redis cases run when CHATGUARD_BENCH_POSTGRES / CHATGUARD_BENCH_REDIS name a server on loopback.
BenchmarkSwitcher.FromAssembly(typeof(ChatGuard.LoadTests.Benchmarks.StoreBenchmarks).Assembly).Run(args);
