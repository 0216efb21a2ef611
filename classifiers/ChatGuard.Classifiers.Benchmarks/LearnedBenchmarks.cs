using BenchmarkDotNet.Attributes;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using Microsoft.ML;

namespace ChatGuard.Classifiers.Benchmarks;

/// <summary>
/// Why the scan path runs the exported scorer rather than ML.NET: both score every label of the same message mix
/// with the same fitted model (fitted in the setup on the repository's corpus, thresholds aside), normalization
/// included in both. ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/> takes the hashed features as a sparse vector,
/// one engine per label; <see cref="LabelModel.Score"/> looks each feature up once for all labels.
/// Time per message = reported mean.
/// </summary>
[MemoryDiagnoser]
public class LearnedBenchmarks
{
    public const int Count = 1_000;

    private readonly TextNormalizer _normalizer = new();
    private string[] _messages = [];
    private LabelModelFit _fit = null!;
    private PredictionEngine<FeatureRow, ProbabilityRow>[] _engines = [];
    private float[] _probabilities = [];

    [GlobalSetup]
    public void Setup()
    {
        _messages = MessageMix.Create(Count);
        var corpus = CorpusReader.Read(CorpusFile());
        _fit = new LabelModelTrainer(_normalizer, new LabelModelTrainerOptions()).Fit([.. CalibratedTraining.ToExamples(corpus)], CalibratedTraining.LearnedLabels);
        _engines = [.. CalibratedTraining.LearnedLabels.Select(_fit.CreateEngine)];
        _probabilities = new float[_fit.Model.Heads.Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "ML.NET PredictionEngine, 7 labels")]
    public float MlNet()
    {
        var total = 0f;
        foreach (var message in _messages)
        {
            // The first window's features, as the trainer gave them; the engines add bias and calibration.
            var row = _fit.Featurize(message, SenderRole.Agent);
            foreach (var engine in _engines) total += engine.Predict(row).Probability;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "LabelModel.Score (exported), 7 labels")]
    public float Exported()
    {
        var total = 0f;
        foreach (var message in _messages)
        {
            _fit.Model.Score(_normalizer.Normalize(message).Text, SenderRole.Agent, _probabilities);
            foreach (var p in _probabilities) total += p;
        }
        return total;
    }

    /// <summary>classifiers/corpus/corpus.jsonl, found from the working directory or the build output upwards.</summary>
    private static string CorpusFile()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "classifiers", "corpus", "corpus.jsonl");
                if (File.Exists(path)) return path;
            }
        }
        throw new FileNotFoundException("classifiers/corpus/corpus.jsonl not found above the working directory");
    }
}
