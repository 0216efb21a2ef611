using ChatGuard.Classifiers.Detection.Learned;
using Microsoft.ML;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// A fitted <see cref="LabelModel"/> and the ML.NET transformers it was exported from (one per label), kept so
/// tests and benchmarks can check the exported scorer against ML.NET's own <see cref="PredictionEngine{TSrc,TDst}"/>.
/// A head fitted with <see cref="NaiveBayesScaling"/> reads scaled features (<see cref="FeaturizeFor"/>).
/// </summary>
public sealed record LabelModelFit(LabelModel Model, MLContext Context, IReadOnlyDictionary<HeadSpec, ITransformer> Transformers,
    Func<string, SenderRole, FeatureRow> Featurize, IReadOnlyDictionary<HeadSpec, NaiveBayesScaling> Scalings)
{
    /// <summary>The features one head's ML.NET transformer reads for a text.</summary>
    public FeatureRow FeaturizeFor(HeadSpec head, string text, SenderRole role)
    {
        var row = Featurize(text, role);
        if (Scalings.TryGetValue(head, out var scaling)) row.Features = scaling.Scale(row.Features);
        return row;
    }

    /// <summary>ML.NET's prediction engine for one head (not thread-safe: one per thread).</summary>
    public PredictionEngine<FeatureRow, ProbabilityRow> CreateEngine(HeadSpec head) =>
        Context.Model.CreatePredictionEngine<FeatureRow, ProbabilityRow>(Transformers[head], inputSchemaDefinition: LabelModelTrainer.Schema(Model.HashBits));

    /// <summary>ML.NET's prediction engine for a label's chat head.</summary>
    public PredictionEngine<FeatureRow, ProbabilityRow> CreateEngine(string label) => CreateEngine(new HeadSpec(label));
}
