using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project classifiers/ChatGuard.Classifiers.Benchmarks -- --cpu-time [passes]: ratios in CPU time (CpuTimeComparison).
if (args is ["--cpu-time", ..])
{
    ChatGuard.Classifiers.Benchmarks.CpuTimeComparison.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30, Console.Out);
    return;
}

// dotnet run -c Release --project classifiers/ChatGuard.Classifiers.Benchmarks -- --filter '*'
// A short in-process job (1 launch, 3 warm-up, 8 measured iterations): a few minutes, no generated project to build.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
