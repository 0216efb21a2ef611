using BenchmarkDotNet.Attributes;
using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Benchmarks;

/// <summary>
/// C2's inline cost per message over the same mix as <see cref="PipelineBenchmarks"/>, text already normalized:
/// the model alone (features + dot product) and the whole abuse detector (lexicon, compact view, model).
/// Time per message = reported mean; the model allocates nothing, the detector only the findings it reports.
/// </summary>
[MemoryDiagnoser]
public class AbuseBenchmarks
{
    public const int Count = 1_000;

    private readonly List<Finding> _findings = [];
    private NormalizedText[] _messages = [];
    private AbuseModel _model = null!;
    private AbuseDetector _detector = null!;
    private ScanContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var normalizer = new TextNormalizer();
        _messages = [.. MessageMix.Create(Count).Select(normalizer.Normalize)];
        _model = AbuseModel.LoadBuiltIn();
        _detector = new AbuseDetector(_model, new AbuseDetectorOptions());
        _context = new ScanContext(PolicyProfileCatalog.LoadBuiltIn().Get(null), ScanOptions.Default);
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AbuseModel.Score")]
    public float ModelScore()
    {
        var total = 0f;
        foreach (var message in _messages) total += _model.Score(message.Text);
        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AbuseDetector.Detect (lexicon + model)")]
    public int Detector()
    {
        var flagged = 0;
        foreach (var message in _messages)
        {
            _findings.Clear();
            _detector.Detect(message, _context, _findings);
            flagged += _findings.Count;
        }
        return flagged;
    }
}
