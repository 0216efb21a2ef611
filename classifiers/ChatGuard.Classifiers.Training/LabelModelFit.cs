using ChatGuard.Classifiers.Detection.Learned;
using Microsoft.ML;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// A fitted <see cref="LabelModel"/> and the ML.NET transformers it was exported from (one per label), kept so
/// tests and benchmarks can check the exported scorer against ML.NET's own <see cref="PredictionEngine{TSrc,TDst}"/>.
/// </summary>
public sealed record LabelModelFit(LabelModel Model, MLContext Context, IReadOnlyDictionary<string, ITransformer> Transformers, Func<string, SenderRole, FeatureRow> Featurize)
{
    /// <summary>ML.NET's prediction engine for one label (not thread-safe: one per thread).</summary>
    public PredictionEngine<FeatureRow, ProbabilityRow> CreateEngine(string label) =>
        Context.Model.CreatePredictionEngine<FeatureRow, ProbabilityRow>(Transformers[label], inputSchemaDefinition: LabelModelTrainer.Schema(Model.HashBits));
}
