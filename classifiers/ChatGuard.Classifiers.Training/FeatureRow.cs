using Microsoft.ML.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// What ML.NET sees of one example for one label: the hashed <see cref="Detection.Learned.TextFeatures"/> as a
/// sparse vector (binary, L2-normalized), the label, and the example's weight. The vector's size is set in the
/// schema (<see cref="LabelModelTrainer"/>), since it follows the hash size.
/// </summary>
public sealed class FeatureRow
{
    public bool Label { get; set; }

    public float Weight { get; set; }

    public VBuffer<float> Features { get; set; }
}
