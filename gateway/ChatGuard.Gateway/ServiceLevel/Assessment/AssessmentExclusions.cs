using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>Records S9 exclusions durably, then rebuilds the periods they fall in (or leaves that to the catch-up while Redis is down).</summary>
public sealed partial class AssessmentExclusions(
    IAssessmentStore store, AssessmentRebuilder rebuilder, ServiceProfiles profiles, CounterGaps gaps, TimeProvider clock,
    ILogger<AssessmentExclusions> logger) : IAssessmentExclusions
{
    public async Task ExcludeAsync(string tenant, string shopId, IReadOnlyCollection<string> messageIds, string reason, CancellationToken ct)
    {
        var sent = await store.ExcludeAsync(tenant, shopId, messageIds, reason, clock.GetUtcNow(), ct);
        LogExcluded(tenant, shopId, sent.Count);
        var rules = profiles.ForTenant(tenant);
        foreach (var period in sent.Select(at => AssessmentPeriod.Containing(rules.LocalTime(at))).Distinct())
        {
            try
            {
                await rebuilder.RebuildAsync(tenant, shopId, period, ct);
            }
            catch (RedisUnavailableException)
            {
                gaps.Record(tenant, shopId, period.Start(rules.TimeZone));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "S9: {Count} messages of shop {Tenant}/{ShopId} excluded from assessment")]
    private partial void LogExcluded(string tenant, string shopId, int count);
}
