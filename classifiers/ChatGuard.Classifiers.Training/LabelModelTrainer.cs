using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// Fits one ML.NET <c>SdcaLogisticRegression</c> per label over <see cref="TextFeatures"/> of the normalized text
/// and exports the weights, biases and Platt calibrations into one <see cref="LabelModel"/>. The thresholds of the
/// returned heads are placeholders (0.5 / above 1): <see cref="CalibratedTraining"/> sets them from held-out scores.
/// </summary>
public sealed class LabelModelTrainer(ITextNormalizer normalizer, LabelModelTrainerOptions options)
{
    public LabelModelTrainerOptions Options => options;

    /// <summary>The input schema: a sparse feature vector of the model's hash size.</summary>
    public static SchemaDefinition Schema(int hashBits)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << hashBits);
        return schema;
    }

    /// <summary>One chat head per label.</summary>
    public LabelModelFit Fit(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> labels, CancellationToken ct = default) =>
        Fit(examples, [.. labels.Select(l => new HeadSpec(l))], ct);

    public LabelModelFit Fit(IReadOnlyList<TrainingExample> examples, IReadOnlyList<HeadSpec> specs, CancellationToken ct = default)
    {
        if (specs.Count == 0) throw new ArgumentException("at least one head", nameof(specs));
        var features = examples.Select(e => Featurize(e.Text, DropRole(e))).ToArray();
        // The sender head reads the text without the role it predicts.
        var roleless = specs.Any(s => s.ReadsSender) ? examples.Select(e => Featurize(e.Text, SenderRole.Unknown)).ToArray() : features;
        var context = new MLContext(options.Seed);
        var schema = Schema(options.HashBits);
        var weights = new float[specs.Count << options.HashBits];
        var heads = new LabelHead[specs.Count];
        var transformers = new Dictionary<HeadSpec, ITransformer>();
        var scalings = new Dictionary<HeadSpec, NaiveBayesScaling>();
        for (var k = 0; k < specs.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var label = specs[k].Label;
            var rows = Rows(examples, specs[k].ReadsSender ? roleless : features, specs[k]);
            if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
            {
                // Leave-families-out can hold out every family of a label: nothing to learn, so the head never fires.
                heads[k] = new LabelHead(label, 0, 0, NeverOffset, 0.5f, LabelHead.Never);
                continue;
            }
            var extra = specs[k].Extra ? options.ExtraHead : null;
            NaiveBayesScaling? scaling = null;
            if (extra is { NaiveBayesSmoothing: > 0 })
            {
                scaling = NaiveBayesScaling.Fit(rows, options.HashBits, extra.NaiveBayesSmoothing);
                foreach (var r in rows) r.Features = scaling.Scale(r.Features);
                scalings[specs[k]] = scaling;
            }
            // Each head draws from a context of its own, so its fit does not depend on how many heads come before it: adding
            // the C1 head had reshuffled the COLD head's data and moved COLD through the pipeline by 0.003 (0.802 -> 0.799),
            // a difference of shuffling, not of data.
            var headContext = new MLContext(options.Seed);
            var data = headContext.Data.LoadFromEnumerable(rows, schema);
            var trainer = headContext.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = extra is null ? options.L2 : extra.L2,
                L1Regularization = options.L1,
                MaximumNumberOfIterations = options.Iterations,
                NumberOfThreads = 1, // deterministic: the same corpus gives the same model
            });
            var transformer = trainer.Fit(data);
            transformers[specs[k]] = transformer;
            var linear = transformer.Model.SubModel;
            var w = linear.Weights;
            for (var f = 0; f < w.Count; f++) weights[f * specs.Count + k] = scaling is null ? w[f] : w[f] * scaling[f];
            heads[k] = Head(label, linear.Bias, transformer.Model.Calibrator);
        }
        var model = new LabelModel(options.HashBits, heads, weights, TextFeatures.Version, TextFeatures.NormalizerFingerprint(normalizer));
        return new LabelModelFit(model, context, transformers, Featurize, scalings);
    }

    /// <summary>The features of a text as ML.NET reads them: the first window, as the scorer's first window.</summary>
    public FeatureRow Featurize(string text, SenderRole role)
    {
        var buffer = new int[TextFeatures.MaxFeaturesPerWindow];
        var normalized = normalizer.Normalize(text).Text;
        var count = TextFeatures.Extract(normalized.AsSpan(0, Math.Min(normalized.Length, TextFeatures.WindowChars)), role, options.HashBits, buffer);
        var value = count == 0 ? 0 : 1f / MathF.Sqrt(count);
        var values = new float[count];
        Array.Fill(values, value);
        return new FeatureRow { Features = new VBuffer<float>(1 << options.HashBits, count, values, buffer[..count]) };
    }

    private List<FeatureRow> Rows(IReadOnlyList<TrainingExample> examples, FeatureRow[] features, HeadSpec spec)
    {
        var rows = new List<FeatureRow>(examples.Count);
        double positive = 0, negative = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            if (e.Extra != spec.Extra || (spec.ReadsSender && e.Role == SenderRole.Unknown)) continue;
            var isLabel = spec.ReadsSender ? e.Role == SenderRole.Buyer : e.Labels.Contains(spec.Label);
            if (isLabel) positive += e.Weight; else negative += e.Weight;
            rows.Add(new FeatureRow { Label = isLabel, Weight = e.Weight, Features = features[i].Features });
        }
        if (options.BalanceClasses && positive > 0 && negative > 0)
        {
            var total = positive + negative;
            foreach (var r in rows) r.Weight *= (float)(total / (2 * (r.Label ? positive : negative)));
        }
        return rows;
    }

    /// <summary>Some messages train without their role (<see cref="LabelModelTrainerOptions.RoleDropout"/>), chosen by a hash of the text.</summary>
    private SenderRole DropRole(TrainingExample e)
    {
        if (e.Role == SenderRole.Unknown || options.RoleDropout <= 0) return e.Role;
        var hash = 2166136261u;
        foreach (var c in e.Text) hash = (hash ^ c) * 16777619u;
        return hash % 1000 < options.RoleDropout * 1000 ? SenderRole.Unknown : e.Role;
    }

    /// <summary>
    /// The head of one label: ML.NET's calibrator is read at two raw scores so the logistic form of
    /// <see cref="LabelHead"/> reproduces it whatever its sign convention.
    /// </summary>
    private static LabelHead Head(string label, float bias, Microsoft.ML.Calibrators.ICalibrator calibrator)
    {
        var offset = Logit(calibrator.PredictProbability(0));
        var slope = Logit(calibrator.PredictProbability(1)) - offset;
        return new LabelHead(label, bias, slope, offset, 0.5f, LabelHead.Never);
    }

    /// <summary>A calibration offset whose probability is about 2e-9: a head with nothing learned.</summary>
    private const float NeverOffset = -20f;

    private static float Logit(float p) => MathF.Log(p / (1 - p));
}
