using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Reads a buyer's voice in a message whose sender is not said (the moderate endpoint, <c>chatguard scan</c> without a
/// role): the <see cref="LabelModel"/>'s sender head, fitted on who wrote each corpus line, scored without a role. Issue
/// 16 makes the role an input because C5–C8 are what a shop does; unsaid, every buyer's "是正品吗" and "已经好评了" was
/// judged as a shop's (the never-read sets without their roles: 5.2 % of legitimate lines flagged against 1.7 % with them,
/// four in five of them buyers' lines under a shop-only label). Only a buyer is ever read, at a threshold passing about
/// <c>ThresholdOptions.SenderMisreadRate</c> of shops' lines; an unread sender stays unknown and is judged as anyone.
/// </summary>
public sealed class SenderRoleReader
{
    /// <summary>The sender head's name in a <see cref="LabelModel"/>: not a label, never reported.</summary>
    public const string HeadLabel = "sender:buyer";

    private readonly LabelModel _model;
    private readonly int _head;

    private SenderRoleReader(LabelModel model, int head)
    {
        _model = model;
        _head = head;
    }

    /// <summary>The reader of <paramref name="model"/>'s sender head, or null when the model has none.</summary>
    public static SenderRoleReader? For(LabelModel model) =>
        model.IndexOf(HeadLabel) is var head and >= 0 ? new SenderRoleReader(model, head) : null;

    /// <summary>
    /// Fewer words than this say too little about who wrote them: "replica watches" is a shop's advert as often as a
    /// buyer's ask, and a misread shop loses its C5–C8 findings.
    /// </summary>
    public const int MinimumWords = 5;

    /// <summary>Every head's scores of <paramref name="text"/> without a role, or null when it is too short to read.</summary>
    public LearnedScores? Score(NormalizedText text)
    {
        if (WordCount.Of(text.Text) < MinimumWords) return null;
        var probabilities = new float[_model.Heads.Count];
        _model.Score(text.Text, SenderRole.Unknown, probabilities);
        return new LearnedScores(_model, probabilities);
    }

    /// <summary><see cref="SenderRole.Buyer"/> when the scores read as a buyer's past the head's threshold, else unknown.</summary>
    public SenderRole Read(LearnedScores? scores) =>
        scores is not null && scores.Probabilities[_head] >= _model.Heads[_head].ReviewThreshold ? SenderRole.Buyer : SenderRole.Unknown;

    /// <summary><see cref="SenderRole.Buyer"/> when the text reads as a buyer's past the head's threshold, else unknown.</summary>
    public SenderRole Read(NormalizedText text) => Read(Score(text));
}
