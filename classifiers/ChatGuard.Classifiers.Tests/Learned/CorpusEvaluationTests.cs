using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Training.Evaluation;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class CorpusEvaluationTests
{
    private static Verdict Judged(ModerationAction action, params string[] labels) =>
        new(labels, action, Severity.None, [], "", "feige", "test");

    private static Verdict ScoredOnly(string label, double score) =>
        new([label], ModerationAction.Review, Severity.Medium, [new Finding(label, "C?", 0, 4, Severity.Medium, "model", Evidence.Model, score)], "", "feige", "test");

    private static Verdict Ruled(string label) =>
        new([label], ModerationAction.Review, Severity.Medium,
            [new Finding(label, "C?", 0, 4, Severity.Medium, "term"), new Finding(label, "C?", 0, 4, Severity.Medium, "model", Evidence.Model, 0.99)], "", "feige", "test");

    private static CorpusMessage Message(string family, params string[] labels) =>
        new("x", "text", labels, SenderRole.Buyer, "zh-Hans", family);

    [Fact]
    public void Counts_a_hand_checked_set()
    {
        var e = new CorpusEvaluation();
        // Four legitimate: one flagged for review, one blocked, two clean.
        e.Add(Message("greeting/none/zh-Hans"), Judged(ModerationAction.Allow));
        e.Add(Message("greeting/none/zh-Hans"), Judged(ModerationAction.Review, Labels.Abuse));
        e.Add(Message("deposit/none/zh-Hans"), Judged(ModerationAction.Block, Labels.OffPlatformPayment));
        e.Add(Message("deposit/none/zh-Hans"), Judged(ModerationAction.Allow));
        // Four violating: one right and blocked, one right but only flagged (allowed), one wrong label, one missed.
        e.Add(Message("cashback/review_solicitation/zh-Hans", Labels.ReviewSolicitation), Judged(ModerationAction.Block, Labels.ReviewSolicitation));
        e.Add(Message("cashback/review_solicitation/zh-Hans", Labels.ReviewSolicitation), Judged(ModerationAction.Allow, Labels.ReviewSolicitation));
        e.Add(Message("youling/contact_diversion/zh-Hans", Labels.ContactDiversion), Judged(ModerationAction.Mask, Labels.OffPlatformPayment));
        e.Add(Message("youling/contact_diversion/zh-Hans", Labels.ContactDiversion), Judged(ModerationAction.Allow));

        Assert.Equal((8, 4, 4), (e.Messages, e.Legitimate, e.Violating));
        Assert.Equal((2, 1, 2), (e.LegitimateFlagged, e.LegitimateBlocked, e.ViolatingAllowed));
        // TP 2 (review ×2), FP 3 (abuse, payment on a legitimate one, payment on the contact one), FN 2 (contact ×2).
        var micro = e.Micro;
        Assert.Equal((2, 3, 2), (micro.TruePositives, micro.FalsePositives, micro.FalseNegatives));
        Assert.Equal(0.4, micro.Precision, 1e-9);
        Assert.Equal(0.5, micro.Recall, 1e-9);
        Assert.Equal(1.0, e.PerLabel[Labels.ReviewSolicitation].Recall);
        Assert.Equal(0.0, e.PerLabel[Labels.ContactDiversion].Recall);
        var youling = e.PerFamily["youling/contact_diversion/zh-Hans"];
        Assert.Equal((2, 0, 1, 0, 1), (youling.Messages, youling.Exact, youling.Flagged, youling.Blocked, youling.Allowed));
        Assert.Equal(1, e.PerFamily["greeting/none/zh-Hans"].Exact);
    }

    [Fact]
    public void Counts_legitimate_lines_flagged_on_learned_scores_alone_apart_from_those_a_rule_found_too()
    {
        var e = new CorpusEvaluation();
        e.Add(Message("notice/none/zh-Hans"), ScoredOnly(Labels.Counterfeit, 0.95));
        e.Add(Message("notice/none/zh-Hans"), Ruled(Labels.Counterfeit));
        e.Add(Message("notice/none/zh-Hans"), Judged(ModerationAction.Allow));
        e.Add(Message("fake/counterfeit/zh-Hans", Labels.Counterfeit), ScoredOnly(Labels.Counterfeit, 0.95));

        Assert.Equal((2, 1), (e.LegitimateFlagged, e.LegitimateFlaggedByModelOnly));
        var notice = e.PerFamily["notice/none/zh-Hans"];
        Assert.Equal((2, 1), (notice.Flagged, notice.FlaggedByModelOnly));
    }
}
