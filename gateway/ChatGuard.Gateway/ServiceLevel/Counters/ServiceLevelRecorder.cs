using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S1 and the S2 counters, after each stored message: one counter update (one Redis round trip), then what it
/// decided — <c>botHandoff</c> events, and the conversations the bot answers (posted to <see cref="BotGreetings"/>,
/// answered off the sender's call). Redis down: the message is already stored and delivered; the update is skipped
/// and the shop remembered in <see cref="CounterGaps"/> (no handoff can start or end meanwhile); the catch-up
/// rebuilds it when Redis returns.
/// </summary>
public sealed partial class ServiceLevelRecorder(
    ServiceCounters counters, CounterGaps gaps, ServiceProfiles profiles, HandoffNotifier notifier, BotGreetings greetings,
    ILogger<ServiceLevelRecorder> logger)
{
    public async Task RecordAsync(ServiceMessage message, CancellationToken ct)
    {
        var update = MessageCounting.UpdateFor(message.Tenant, message.ShopId, message.ConversationId, message.SenderRole, message.Delivered,
            message.SentAt, profiles.ForProfile(message.Profile));
        if (update is null) return;
        CounterOutcome outcome;
        try
        {
            outcome = await counters.RecordAsync(update, ct);
        }
        catch (RedisUnavailableException e)
        {
            if (gaps.Record(message.Tenant, message.ShopId, message.SentAt)) LogDegraded(e, message.Tenant, message.ShopId);
            return;
        }
        if (outcome.Change != HandoffChange.None)
            await notifier.NotifyAsync(message.Tenant, message.ShopId, outcome.Change == HandoffChange.Started, ct);
        foreach (var conversationId in outcome.Greet) greetings.Post(new BotGreeting(message, conversationId));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counters unavailable for shop {Tenant}/{ShopId}: S1/S2 updates are skipped until Redis returns, then rebuilt from the store")]
    private partial void LogDegraded(Exception e, string tenant, string shopId);
}
