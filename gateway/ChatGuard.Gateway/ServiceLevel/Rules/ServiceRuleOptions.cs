using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// A policy profile's session and service numbers, <c>ChatGuard:Profiles:{name}:...</c> (RULES.md S1–S5).
/// Defaults are Feige's (001 §2.1); appsettings.json sets each platform's own.
/// </summary>
public sealed class ServiceRuleOptions
{
    /// <summary>S1: when unanswered buyers count toward the handoff, local time of <see cref="TimeZone"/>; end exclusive.</summary>
    [Required] public string WorkingHours { get; set; } = "08:00-23:00";

    /// <summary>S1: the bot takes over when MORE than this many are unanswered (in a row, or across buyers). 0 turns S1 off.</summary>
    [Range(0, 10_000)] public int UnansweredThreshold { get; set; } = 10;

    /// <summary>IANA id of the platform's clock, e.g. <c>Asia/Shanghai</c>.</summary>
    [Required] public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>S2: buyer messages sent in these hours are assessed; end exclusive ("24:00" = midnight).</summary>
    [Required] public string AssessmentHours { get; set; } = "08:00-23:00";

    /// <summary>S2: a buyer message answered within this many minutes counts as answered in time.</summary>
    [Range(1, 1440)] public int ReplyTargetMinutes { get; set; } = 5;

    /// <summary>S2: the reply rate a period must reach to pass; null when the platform sets no rate.</summary>
    [Range(0.0, 1.0)] public double? ReplyRateTarget { get; set; }

    /// <summary>S2 (TikTok): a period with fewer buyer messages than this is not assessed.</summary>
    [Range(0, 1_000_000)] public int MinBuyerMessages { get; set; }

    /// <summary>S4: the satisfied share of ratings a calendar month must reach; null when not assessed.</summary>
    [Range(0.0, 1.0)] public double? SatisfactionTarget { get; set; }

    /// <summary>S3: an agent cannot answer once the buyer's last message is older than this; null = no window.</summary>
    [Range(1, 10_000)] public int? ReplyWindowHours { get; set; }

    /// <summary>S5: agents may only write into conversations where the buyer has written first.</summary>
    public bool RequireBuyerContact { get; set; }

    public BotReplyOptions Bot { get; set; } = new();
}
