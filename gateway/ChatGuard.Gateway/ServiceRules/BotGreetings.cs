using System.Threading.Channels;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>
/// S1: the conversations the bot must answer, posted by the counter step and answered by <c>Messaging.BotResponder</c>
/// off the sender's call, so a buyer's send never waits for (or re-enters the send path with) the bot's answers.
/// Bounded: past <see cref="Capacity"/> waiting answers a greeting is dropped and logged — the buyer still waits
/// for an agent, and the handoff stays visible to the shop.
/// </summary>
public sealed partial class BotGreetings(ILogger<BotGreetings> logger)
{
    /// <summary>Far above what a node's bot answers in a burst (one per waiting conversation of shops in handoff).</summary>
    public const int Capacity = 10_000;

    private readonly Channel<BotGreeting> _waiting = Channel.CreateBounded<BotGreeting>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<BotGreeting> Reader => _waiting.Reader;

    /// <param name="trigger">The buyer message that led to this answer; its text picks the FAQ entry in its own conversation.</param>
    public void Post(StoredMessage trigger, string conversationId)
    {
        if (!_waiting.Writer.TryWrite(new BotGreeting(trigger, conversationId))) LogDropped(trigger.Tenant, trigger.ShopId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "S1: the bot's queue is full; a greeting for shop {Tenant}/{ShopId} was dropped")]
    private partial void LogDropped(string tenant, string shopId);
}

/// <summary>One conversation the bot answers, and the buyer message that made it answer.</summary>
public sealed record BotGreeting(StoredMessage Trigger, string ConversationId);
