using BenchmarkDotNet.Attributes;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.LoadTests.Benchmarks;

/// <summary>The inline scan of one message of the load test's mix, as the gateway calls it (the default pipeline).</summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private readonly IModerationPipeline _pipeline = ModerationPipeline.CreateDefault();

    [Params("你好，请问这件外套还有M码吗？", "When will my order ship? I need it before Friday.", "加微信 vx8866123 下单更便宜", "好评返现5元，截图发我")]
    public string Text { get; set; } = "";

    [Benchmark]
    public Verdict Scan() => _pipeline.Scan(Text, "feige");
}
