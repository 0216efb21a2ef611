using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>
/// What a confirmed violation costs, per policy profile (<c>ChatGuard:Profiles:{profile}:Sanctions</c>): S10 for
/// buyers, S11 for merchants. Lists left unset take the defaults below; they are data, not code, because the
/// platforms differ.
/// </summary>
public sealed class SanctionPolicy
{
    public const string SectionFormat = "ChatGuard:Profiles:{0}:Sanctions";

    public BuyerSanctionPolicy Buyer { get; set; } = new();

    public MerchantSanctionPolicy Merchant { get; set; } = new();
}

public sealed class BuyerSanctionPolicy
{
    /// <summary>
    /// S10 "malicious promotion, junk messages, malicious claims": promotion is contact diversion (links,
    /// accounts, QR codes), junk is spam, malicious claims are abusive or unreasonable demands (abuse).
    /// </summary>
    public string[]? MuteLabels { get; set; }

    /// <summary>S10 "messages that can cause financial loss": the account is banned.</summary>
    public string[]? BanLabels { get; set; }

    /// <summary>The mute for the 1st, 2nd… muting violation; past the end of the list the mute is permanent (S10: 2 days, then permanent).</summary>
    public TimeSpan[]? MuteDurations { get; set; }

    public IReadOnlyList<string> EffectiveMuteLabels => MuteLabels ?? [Labels.Spam, Labels.ContactDiversion, Labels.QrCode, Labels.Abuse];

    public IReadOnlyList<string> EffectiveBanLabels => BanLabels ?? [Labels.OffPlatformPayment];

    public IReadOnlyList<TimeSpan> EffectiveMuteDurations => MuteDurations ?? [TimeSpan.FromDays(2)];
}

public sealed class MerchantSanctionPolicy
{
    /// <summary>
    /// S11: the platform's violation type and points for each label confirmed against a shop's agent. Entries given
    /// in configuration replace or add to these defaults (the points are the gateway's defaults; RULES.md names the
    /// types, the platforms' tables set the points).
    /// </summary>
    public Dictionary<string, MerchantViolationRule> ByLabel { get; set; } = new()
    {
        [Labels.ContactDiversion] = new() { Type = ViolationTypes.ThirdPartyInfo, Points = 4 },
        [Labels.QrCode] = new() { Type = ViolationTypes.ThirdPartyInfo, Points = 4 },
        [Labels.OffPlatformPayment] = new() { Type = ViolationTypes.ThirdPartyInfo, Points = 6 },
        [Labels.Abuse] = new() { Type = ViolationTypes.Harassment, Points = 4 },
        [Labels.Prohibited] = new() { Type = ViolationTypes.Harassment, Points = 6 },
        [Labels.Spam] = new() { Type = ViolationTypes.Harassment, Points = 2 },
        [Labels.Impersonation] = new() { Type = ViolationTypes.DisruptingOrder, Points = 4 },
        [Labels.ReviewSolicitation] = new() { Type = ViolationTypes.DisruptingOrder, Points = 2 },
        [Labels.Counterfeit] = new() { Type = ViolationTypes.AfterSales, Points = 4 },
        [Labels.ExaggeratedClaims] = new() { Type = ViolationTypes.AfterSales, Points = 2 },
    };
}

public sealed class MerchantViolationRule
{
    public string Type { get; set; } = ViolationTypes.ThirdPartyInfo;

    public int Points { get; set; }
}

/// <summary>S11's violation types.</summary>
public static class ViolationTypes
{
    public const string ThirdPartyInfo = "third_party_info";
    public const string Harassment = "harassment";
    public const string DisruptingOrder = "disrupting_order";
    public const string AfterSales = "after_sales";
}
