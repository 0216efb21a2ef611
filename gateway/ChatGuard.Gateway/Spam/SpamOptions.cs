using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Spam;

/// <summary>The <c>ChatGuard:Spam</c> section: what counts as repetition (C9) and as unsolicited marketing (S5).</summary>
public sealed class SpamOptions
{
    public const string Section = "ChatGuard:Spam";

    /// <summary>How far back repeated messages and unsolicited contacts are looked for.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Near-identical messages (this one included) within the window that make a spam flag.</summary>
    [Range(2, 1000)] public int RepeatThreshold { get; set; } = 3;

    /// <summary>Jaccard similarity of character bigrams above which two messages are near-identical.</summary>
    [Range(0.1, 1.0)] public double Similarity { get; set; } = 0.75;

    /// <summary>Shorter normalized texts ("ok", "在吗", "谢谢") repeat innocently and are not compared.</summary>
    [Range(1, 1000)] public int MinLength { get; set; } = 6;

    /// <summary>S5: an agent message to a buyer who has not written for this long is unsolicited contact.</summary>
    public TimeSpan QuietBuyerAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>S5: unsolicited contacts by one shop to this many conversations within the window look like a broadcast.</summary>
    [Range(2, 10_000)] public int BroadcastThreshold { get; set; } = 3;

    /// <summary>Bounds the memory a single flooding sender can take.</summary>
    [Range(10, 10_000)] public int MaxRecentPerSender { get; set; } = 200;
}
