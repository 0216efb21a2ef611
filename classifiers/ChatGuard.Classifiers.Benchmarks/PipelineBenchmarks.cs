using System.Buffers;
using BenchmarkDotNet.Attributes;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Benchmarks;

/// <summary>
/// Messages per second through the whole pipeline (normalize, every detector, policy, masking) against the
/// keyword filter shops use today: one <see cref="SearchValues{T}"/> pass of the same term list over the raw text.
/// Each benchmark call scans the whole mix; time per message = reported mean / <see cref="Count"/>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    public const int Count = 1_000;

    private string[] _messages = [];
    private ModerationPipeline _pipeline = null!;
    private SearchValues<string> _terms = null!;

    [GlobalSetup]
    public void Setup()
    {
        _messages = MessageMix.Create(Count);
        _pipeline = ModerationPipeline.CreateDefault();
        using var lexicons = new LexiconCatalog(new TextNormalizer());
        _terms = SearchValues.Create([.. lexicons.For(_pipeline.DefaultProfile).Terms], StringComparison.OrdinalIgnoreCase);
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "SearchValues<string> keyword pass (raw text)")]
    public int KeywordFilter()
    {
        var found = 0;
        foreach (var message in _messages)
        {
            var span = message.AsSpan();
            int at;
            while ((at = span.IndexOfAny(_terms)) >= 0)
            {
                found++;
                span = span[(at + 1)..];
            }
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "ModerationPipeline.Scan")]
    public int Pipeline()
    {
        var flagged = 0;
        foreach (var message in _messages)
            if (!_pipeline.Scan(message).IsClean) flagged++;
        return flagged;
    }
}
