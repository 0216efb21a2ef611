using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging.Send;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// S1: while the bot holds a shop's reception it answers each waiting buyer once, as role <c>bot</c>, through the same
/// send pipeline as any sender (scanned, stored, delivered to the buyer and the shop's agents). Runs in the background,
/// fed by <see cref="BotGreetings"/>; what it says is the greeting's (<see cref="BotGreeting.Answer"/>).
/// </summary>
public sealed partial class BotResponder(BotGreetings greetings, SendPipeline messages, ServiceProfiles profiles, ILogger<BotResponder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var greeting in greetings.Reader.ReadAllAsync(stoppingToken))
            {
                var trigger = greeting.Trigger;
                try
                {
                    var bot = new ChatIdentity(trigger.Tenant, trigger.ShopId, BotGreeting.BotUserId(trigger.ShopId), Roles.Bot);
                    var answer = greeting.Answer(profiles.ForProfile(trigger.Profile).Options.Bot);
                    await messages.SendAsync(bot, new SendMessageCommand(greeting.ConversationId, greeting.ClientMessageId, answer, null),
                        connectionId: null, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The buyer keeps waiting for an agent; the handoff and its queue stay visible to the shop.
                    LogFailed(e, trigger.Tenant, trigger.ShopId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "S1: the bot could not answer a waiting buyer of shop {Tenant}/{ShopId}")]
    private partial void LogFailed(Exception e, string tenant, string shopId);
}
