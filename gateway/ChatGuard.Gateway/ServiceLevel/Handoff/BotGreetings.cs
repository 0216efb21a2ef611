using System.Threading.Channels;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S1: the conversations the bot must answer, posted by <see cref="ServiceLevelRecorder"/> and answered by the bot's
/// responder off the sender's call, so a buyer's send never waits for (or re-enters the send path with) the bot's
/// answers. Bounded: past <see cref="Capacity"/> waiting answers a greeting is dropped and logged — the buyer still
/// waits for an agent, and the handoff stays visible to the shop.
/// </summary>
public sealed partial class BotGreetings(ILogger<BotGreetings> logger)
{
    /// <summary>Far above what a node's bot answers in a burst (one per waiting conversation of shops in handoff).</summary>
    public const int Capacity = 10_000;

    private readonly Channel<BotGreeting> _waiting = Channel.CreateBounded<BotGreeting>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<BotGreeting> Reader => _waiting.Reader;

    public void Post(BotGreeting greeting)
    {
        if (!_waiting.Writer.TryWrite(greeting)) LogDropped(greeting.Trigger.Tenant, greeting.Trigger.ShopId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "S1: the bot's queue is full; a greeting for shop {Tenant}/{ShopId} was dropped")]
    private partial void LogDropped(string tenant, string shopId);
}
