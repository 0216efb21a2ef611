using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// C2: trains <see cref="AbuseModel"/>: logistic regression over NB-scaled hashed features of the normalized text,
/// optimized with AdaGrad and L2; the epoch with the lowest dev log-loss is kept and the threshold is the one
/// with the best dev macro-F1. The registry here has no ML library (DESIGN.md), so the optimizer is these few lines.
/// </summary>
public sealed class AbuseTrainer(ITextNormalizer normalizer, AbuseTrainerOptions options)
{
    public AbuseModel Train(IEnumerable<LabeledText> train, IEnumerable<LabeledText> dev, IProgress<TrainingProgress>? progress = null)
    {
        var trainSet = Featurize(Deduplicate(train));
        var devSet = Featurize(Deduplicate(dev));
        if (trainSet.Count == 0 || devSet.Count == 0) throw new ArgumentException("training and dev sets must not be empty");

        var dimension = 1 << options.HashBits;
        var ratio = NaiveBayesRatios(trainSet, dimension);
        var w = new double[dimension];
        var g2 = new double[dimension];
        double bias = 0, biasG2 = 0;
        var best = (LogLoss: double.MaxValue, Weights: new float[dimension], Bias: 0f);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var random = new Random(options.Seed);
        const double epsilon = 1e-8;

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var k = 0; k < order.Length; k++)
            {
                var (features, label, weight) = trainSet[order[k]];
                var scale = 1.0 / Math.Sqrt(features.Length);
                var z = bias;
                foreach (var f in features) z += w[f] * ratio[f] * scale;
                var gradient = weight * (Sigmoid(z) - (label ? 1 : 0));
                foreach (var f in features)
                {
                    var g = gradient * ratio[f] * scale + options.L2 * w[f];
                    g2[f] += g * g;
                    w[f] -= options.LearningRate * g / Math.Sqrt(g2[f] + epsilon);
                }
                biasG2 += gradient * gradient;
                bias -= options.LearningRate * gradient / Math.Sqrt(biasG2 + epsilon);
                if ((k & 4095) == 0)
                    progress?.Report(new TrainingProgress(epoch, options.Epochs, ((epoch - 1) + (double)k / order.Length) / options.Epochs, double.NaN, double.NaN));
            }

            var folded = new float[dimension];
            for (var i = 0; i < dimension; i++) folded[i] = (float)(w[i] * ratio[i]);
            var candidate = new AbuseModel(options.HashBits, folded, (float)bias, 0.5f, AbuseFeatures.Version, 0);
            var (logLoss, macroF1) = Evaluate(candidate, devSet, 0.5f);
            if (logLoss < best.LogLoss) best = (logLoss, folded, (float)bias);
            progress?.Report(new TrainingProgress(epoch, options.Epochs, (double)epoch / options.Epochs, logLoss, macroF1));
        }

        var chosen = new AbuseModel(options.HashBits, best.Weights, best.Bias, 0.5f, AbuseFeatures.Version,
            AbuseFeatures.NormalizerFingerprint(normalizer));
        return chosen.WithThreshold(BestThreshold(chosen, devSet));
    }

    /// <summary>Normalizes once and keeps one copy of each text; texts annotated both ways are dropped.</summary>
    private List<LabeledText> Deduplicate(IEnumerable<LabeledText> examples)
    {
        var seen = new Dictionary<string, LabeledText?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var example in examples)
        {
            var text = normalizer.Normalize(example.Text).Text;
            if (!seen.TryGetValue(text, out var first)) { seen[text] = example with { Text = text }; order.Add(text); }
            else if (first is { } f && f.Offensive != example.Offensive) seen[text] = null;
        }
        return [.. order.Select(t => seen[t]).OfType<LabeledText>()];
    }

    /// <summary>
    /// Hashes each text and weighs it so that, within each source file, both classes weigh the same: Davidson is
    /// 83 % offensive, and unweighted its prior made ordinary English shop talk look offensive.
    /// </summary>
    private List<(int[] Features, bool Label, double Weight)> Featurize(List<LabeledText> examples)
    {
        var buffer = new int[AbuseFeatures.MaxFeaturesPerWindow];
        var counts = examples.CountBy(e => (e.Source, e.Offensive)).ToDictionary();
        var sizes = examples.CountBy(e => e.Source).ToDictionary();
        return [.. examples.Select(e => (
            buffer[..AbuseFeatures.Extract(e.Text, options.HashBits, buffer)],
            e.Offensive,
            e.Weight * (options.BalanceClasses ? sizes[e.Source] / (2.0 * counts[(e.Source, e.Offensive)]) : 1.0)))];
    }

    /// <summary>r = log((p/|p|) / (q/|q|)) with p, q the smoothed per-class feature counts; all ones when NB is off.</summary>
    private double[] NaiveBayesRatios(List<(int[] Features, bool Label, double Weight)> examples, int dimension)
    {
        var ratio = new double[dimension];
        if (options.NaiveBayesSmoothing <= 0) { Array.Fill(ratio, 1.0); return ratio; }
        var positive = new double[dimension];
        var negative = new double[dimension];
        foreach (var (features, label, weight) in examples)
            foreach (var f in features) (label ? positive : negative)[f] += weight;
        var alpha = options.NaiveBayesSmoothing;
        var positiveTotal = positive.Sum() + alpha * dimension;
        var negativeTotal = negative.Sum() + alpha * dimension;
        for (var i = 0; i < dimension; i++)
            ratio[i] = Math.Log((positive[i] + alpha) / positiveTotal) - Math.Log((negative[i] + alpha) / negativeTotal);
        return ratio;
    }

    private static (double LogLoss, double MacroF1) Evaluate(AbuseModel model, List<(int[] Features, bool Label, double Weight)> examples, float threshold)
    {
        double loss = 0;
        var truth = new bool[examples.Count];
        var predicted = new bool[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var p = Math.Clamp(model.Probability(examples[i].Features), 1e-7, 1 - 1e-7);
            loss -= examples[i].Label ? Math.Log(p) : Math.Log(1 - p);
            truth[i] = examples[i].Label;
            predicted[i] = p >= threshold;
        }
        return (loss / examples.Count, BinaryMetrics.From(truth, predicted).MacroF1);
    }

    private static float BestThreshold(AbuseModel model, List<(int[] Features, bool Label, double Weight)> dev)
    {
        var scores = dev.Select(e => model.Probability(e.Features)).ToArray();
        var truth = dev.Select(e => e.Label).ToArray();
        var best = (F1: -1.0, Threshold: 0.5f);
        for (var step = 10; step <= 190; step++)
        {
            var t = step / 200f;
            var f1 = BinaryMetrics.From(truth, [.. scores.Select(s => s >= t)]).MacroF1;
            if (f1 > best.F1) best = (f1, t);
        }
        return best.Threshold;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
