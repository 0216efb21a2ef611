using ChatGuard.Classifiers.Detection.Learned;
using Microsoft.ML;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// A fitted <see cref="LabelModel"/> and the ML.NET transformers it was exported from (one per label), kept so
/// tests and benchmarks can check the exported scorer against ML.NET's own <see cref="PredictionEngine{TSrc,TDst}"/>.
/// </summary>
public sealed record LabelModelFit(LabelModel Model, MLContext Context, IReadOnlyDictionary<HeadSpec, ITransformer> Transformers, Func<string, SenderRole, FeatureRow> Featurize)
{
    /// <summary>ML.NET's prediction engine for one head (not thread-safe: one per thread).</summary>
    public PredictionEngine<FeatureRow, ProbabilityRow> CreateEngine(HeadSpec head) =>
        Context.Model.CreatePredictionEngine<FeatureRow, ProbabilityRow>(Transformers[head], inputSchemaDefinition: LabelModelTrainer.Schema(Model.HashBits));

    /// <summary>ML.NET's prediction engine for a label's chat head.</summary>
    public PredictionEngine<FeatureRow, ProbabilityRow> CreateEngine(string label) => CreateEngine(new HeadSpec(label));
}
