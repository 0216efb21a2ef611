using System.Globalization;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Moderation;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>
/// Turns a confirmed flag into what the profile's policy says it costs: a buyer's mute or ban (S10), a merchant's
/// violation points (S11). The user hears about a mute or ban at once through the <c>sanction</c> event.
/// </summary>
public sealed partial class SanctionIssuer(
    ISanctionStore store,
    SanctionPolicyProvider policies,
    IChatClients chat,
    TimeProvider clock,
    ILogger<SanctionIssuer> logger)
{
    public async Task ApplyAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct)
    {
        var (profile, policy) = policies.For(flag.Tenant);
        var now = clock.GetUtcNow();
        switch (flag.SenderRole)
        {
            case Roles.Buyer:
                var (sanction, inserted) = await store.ImposeAsync(flag.Tenant, flag.SenderId, flag.FlagId,
                    earlierMutes => BuyerSanction(flag, policy.Buyer, earlierMutes, moderator, now), ct);
                if (sanction is null || !inserted) return;
                LogSanctioned(sanction.SanctionId, sanction.Kind, flag.FlagId);
                await NotifyAsync(sanction, ct);
                break;
            case Roles.Agent:
                var rule = flag.Labels
                    .Select(l => (Label: l, Rule: policy.Merchant.ByLabel.GetValueOrDefault(l)))
                    .Where(r => r.Rule is not null)
                    .OrderByDescending(r => r.Rule!.Points)
                    .FirstOrDefault();
                if (rule.Rule is null) return;
                await store.AddViolationAsync(new MerchantViolation("v_" + Guid.CreateVersion7().ToString("N"), flag.Tenant, flag.ShopId, flag.SenderId,
                    rule.Label, rule.Rule.Type, rule.Rule.Points, flag.FlagId, profile, now, moderator.UserId), ct);
                break;
        }
    }

    /// <summary>Tells the user their sanction changed (imposed or lifted).</summary>
    public Task NotifyAsync(Sanction sanction, CancellationToken ct) =>
        chat.ToUserAsync(ChatIdentity.UserKeyOf(sanction.Tenant, sanction.Role, sanction.ShopId, sanction.UserId), SanctionEvent.Name, SanctionEvent.From(sanction), ct);

    private static Sanction? BuyerSanction(FlagRecord flag, BuyerSanctionPolicy policy, int earlierMutes, ChatIdentity moderator, DateTimeOffset now)
    {
        var banLabel = flag.Labels.FirstOrDefault(policy.EffectiveBanLabels.Contains);
        var muteLabel = flag.Labels.FirstOrDefault(policy.EffectiveMuteLabels.Contains);
        string kind;
        DateTimeOffset? until;
        string label;
        string reason;
        if (banLabel is not null)
        {
            (kind, until, label) = (SanctionKinds.Ban, null, banLabel);
            reason = $"S10: account banned for a confirmed violation: {LabelReasons.For(banLabel)}";
        }
        else if (muteLabel is not null)
        {
            var durations = policy.EffectiveMuteDurations;
            (kind, label) = (SanctionKinds.Mute, muteLabel);
            until = earlierMutes < durations.Count ? now + durations[earlierMutes] : null;
            var ordinal = (earlierMutes + 1).ToString(CultureInfo.InvariantCulture);
            reason = until is null
                ? $"S10: muted permanently after confirmed violation #{ordinal}: {LabelReasons.For(muteLabel)}"
                : $"S10: muted for {durations[earlierMutes].TotalHours:0.#} hours after confirmed violation #{ordinal}: {LabelReasons.For(muteLabel)}";
        }
        else
        {
            return null;
        }
        return new Sanction
        {
            SanctionId = "s_" + Guid.CreateVersion7().ToString("N"),
            Tenant = flag.Tenant,
            UserId = flag.SenderId,
            Role = Roles.Buyer,
            ShopId = flag.ShopId,
            Kind = kind,
            Until = until,
            Reason = reason,
            Label = label,
            FlagId = flag.FlagId,
            CreatedAt = now,
            CreatedBy = moderator.UserId,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sanction {SanctionId} ({Kind}) imposed for flag {FlagId}")]
    private partial void LogSanctioned(string sanctionId, string kind, string flagId);
}
