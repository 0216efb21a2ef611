using System.Diagnostics;

namespace ChatGuard.Classifiers.Benchmarks;

/// <summary>
/// <c>-- --cpu-time [passes]</c>: the pipeline's cost against the keyword pass in CPU time, not wall time. On the shared
/// 2-core machine (load 10–20) BenchmarkDotNet's wall-clock means moved 2× between runs, the baseline included, so its
/// ratios did too; the process's CPU time leaves out the time other processes hold the cores. Runs the same mix as
/// <see cref="PipelineBenchmarks"/>, alternating the benchmarks pass by pass, and reports each one's fastest pass.
/// </summary>
public static class CpuTimeComparison
{
    public static void Run(int passes, TextWriter output)
    {
        var benchmarks = new PipelineBenchmarks();
        benchmarks.Setup();
        try
        {
            (string Name, Func<int> Run)[] runs =
            [
                ("SearchValues<string> keyword pass (raw text)", benchmarks.KeywordFilter),
                ("ModerationPipeline.Scan", benchmarks.Pipeline),
                ("ModerationPipeline.Scan with 3 recent messages", benchmarks.PipelineInConversation),
                ("Pipeline without the learned label model", benchmarks.RulesOnly),
                // Where the time goes: the normalization, then the costliest detectors over normalized text.
                ("TextNormalizer.Normalize only", benchmarks.NormalizeOnly),
                ("LexiconDetector (term rules)", benchmarks.Lexicon),
                ("ContactDiversionDetector (patterns)", benchmarks.Patterns),
                ("AbuseDetector (lexicon)", benchmarks.Abuse),
                ("AlternateReadingsDetector (backwards, acrostic)", benchmarks.Readings),
                ("LearnedLabelDetector (all heads)", benchmarks.Learned),
            ];
            var fastest = new double[runs.Length];
            Array.Fill(fastest, double.MaxValue);
            var process = Process.GetCurrentProcess();
            for (var pass = 0; pass < passes; pass++)
            {
                for (var i = 0; i < runs.Length; i++)
                {
                    process.Refresh();
                    var start = process.TotalProcessorTime;
                    runs[i].Run();
                    process.Refresh();
                    fastest[i] = Math.Min(fastest[i], (process.TotalProcessorTime - start).TotalMicroseconds / PipelineBenchmarks.Count);
                }
            }
            output.WriteLine($"| benchmark (CPU time per message, fastest of {passes} passes) | µs | ratio |");
            output.WriteLine("|---|---:|---:|");
            for (var i = 0; i < runs.Length; i++)
                output.WriteLine($"| {runs[i].Name} | {fastest[i]:F2} | {fastest[i] / fastest[0]:F1}× |");
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
