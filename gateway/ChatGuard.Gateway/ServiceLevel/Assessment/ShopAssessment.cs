using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S2–S4 figures of a shop and period, from the counters (or from the store while Redis is down), judged per the profile.</summary>
public sealed class ShopAssessment(
    ServiceCounters counters, AssessmentRebuilder rebuilder, IAssessmentStore store, ServiceProfiles profiles, CounterGaps gaps)
{
    public async Task<AssessmentReport> ReportAsync(string tenant, string shopId, AssessmentPeriod period, bool rebuild, CancellationToken ct)
    {
        var rules = profiles.ForTenant(tenant);
        PeriodCounts counts;
        var source = counters.Backend;
        if (rebuild)
        {
            counts = await rebuilder.RebuildAsync(tenant, shopId, period, ct);
        }
        else
        {
            try
            {
                counts = await counters.ReadPeriodAsync(tenant, shopId, period.Key, ct);
            }
            catch (RedisUnavailableException)
            {
                // Degraded: the same figures, replayed from the stored messages for this one request.
                counts = await rebuilder.ComputeAsync(tenant, shopId, period, ct);
                source = "store";
            }
        }
        var o = rules.Options;
        double? rate = counts.BuyerMessages == 0 ? null : (double)counts.RepliedInTime / counts.BuyerMessages;
        var assessed = counts.BuyerMessages >= o.MinBuyerMessages && counts.BuyerMessages > 0;
        var ratings = await store.CountRatingsAsync(tenant, shopId, period.MonthStart(rules.TimeZone), period.MonthEnd(rules.TimeZone), ct);
        double? satisfaction = ratings.Total == 0 ? null : (double)ratings.Satisfied / ratings.Total;
        return new AssessmentReport
        {
            ShopId = shopId,
            Period = period.Key,
            Profile = rules.Profile,
            TimeZone = o.TimeZone,
            From = period.Start(rules.TimeZone),
            To = period.End(rules.TimeZone),
            Source = source,
            Complete = gaps.For(tenant, shopId) is null,
            AssessmentHours = o.AssessmentHours,
            BuyerMessages = counts.BuyerMessages,
            ReplyTargetMinutes = o.ReplyTargetMinutes,
            RepliedWithinTarget = counts.RepliedInTime,
            ReplyRate = rate,
            AverageFirstReplySeconds = counts.FirstReplies == 0 ? null : counts.FirstReplyTotalMilliseconds / 1000.0 / counts.FirstReplies,
            MinBuyerMessages = o.MinBuyerMessages,
            Assessed = assessed,
            ReplyRateTarget = o.ReplyRateTarget,
            ReplyRatePass = assessed && o.ReplyRateTarget is { } target && rate is { } r ? r >= target : null,
            Satisfaction = new SatisfactionReport(period.MonthKey, ratings, satisfaction, o.SatisfactionTarget,
                o.SatisfactionTarget is { } st && satisfaction is { } s ? s >= st : null),
        };
    }
}
