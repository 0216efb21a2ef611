using ChatGuard.Classifiers.Detection.Learned;

namespace ChatGuard.Gateway.Moderation;

/// <summary>The scan of every message (<c>ChatGuard:Moderation</c>).</summary>
public sealed class ModerationOptions
{
    public const string Section = "ChatGuard:Moderation";

    /// <summary>False only for baselines (load tests): every message is allowed unscanned.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Optional folder of term-list overrides (<c>NAME.json</c> for every profile, <c>{profile}/NAME.json</c> for one),
    /// watched and reloaded without a restart; unset uses the built-in lists.
    /// </summary>
    public string? LexiconDirectory { get; set; }

    /// <summary>
    /// Issue 18: how many of the sender's earlier messages in the conversation, sent within <see cref="RecentWindow"/>,
    /// are read with each message, so contact details split over messages are caught on the one that completes them.
    /// 0 turns it off.
    /// </summary>
    public int RecentMessages { get; set; } = 5;

    public TimeSpan RecentWindow { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The operator's floors under the learned heads' calibrated thresholds (<c>MinimumReview</c>, <c>MinimumBlock</c>)
    /// and whether a model score may block without a rule of its label beside it (<c>ScoreBlocksAlone</c>, off), and how
    /// many words a message needs before a score alone may report (<c>MinimumWordsAlone</c>, 7).
    /// </summary>
    public LearnedLabelDetectorOptions Learned { get; set; } = new();
}
