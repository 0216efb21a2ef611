using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging.Send;
using ChatGuard.Gateway.ServiceRules;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// S1: while the bot holds a shop's reception it answers each waiting buyer once, as role <c>bot</c>, through the same
/// send path as any sender (scanned, stored, delivered to the buyer and the shop's agents) — a greeting, or the FAQ
/// answer whose keyword the buyer's message contains. Runs in the background, fed by <see cref="BotGreetings"/>.
/// </summary>
public sealed partial class BotResponder(BotGreetings greetings, SendPipeline messages, ServiceProfiles profiles, ILogger<BotResponder> logger)
    : BackgroundService
{
    /// <summary>One bot account per shop (S7: every action attributable), so shops do not share the per-user send limit.</summary>
    public static string BotUserId(string shopId) => "bot-" + shopId;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var greeting in greetings.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await messages.SendAsync(Identity(greeting.Trigger), Request(greeting), connectionId: null, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The buyer keeps waiting for an agent; the handoff and its queue stay visible to the shop.
                    LogFailed(e, greeting.Trigger.Tenant, greeting.Trigger.ShopId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static ChatIdentity Identity(StoredMessage trigger) => new(trigger.Tenant, trigger.ShopId, BotUserId(trigger.ShopId), Roles.Bot);

    private SendMessageCommand Request(BotGreeting greeting)
    {
        var trigger = greeting.Trigger;
        var bot = profiles.ForProfile(trigger.Profile).Options.Bot;
        var answer = trigger.ConversationId == greeting.ConversationId
            ? bot.Faq.FirstOrDefault(f => f.Keywords.Any(k => k.Length > 0 && trigger.Text.Contains(k, StringComparison.OrdinalIgnoreCase)))?.Answer
            : null;
        // Named after the trigger, so a retried buyer send cannot make the bot answer twice.
        return new SendMessageCommand(greeting.ConversationId, $"bot:{trigger.Id}:{greeting.ConversationId}",
            string.IsNullOrEmpty(answer) ? bot.Greeting : answer, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "S1: the bot could not answer a waiting buyer of shop {Tenant}/{ShopId}")]
    private partial void LogFailed(Exception e, string tenant, string shopId);
}
