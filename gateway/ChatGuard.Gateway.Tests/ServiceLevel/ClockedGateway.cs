using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>
/// A gateway whose business clock the test moves. Tokens are validated against real time, so a test connects its
/// clients (and fetches tokens) while the clock reads real time, then moves the clock to the instant it needs.
/// </summary>
public sealed class ClockedGateway : IAsyncDisposable
{
    /// <param name="services">More service changes, after the clock's and the pipeline's.</param>
    public ClockedGateway(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = new GatewayBuilder().WithScriptedPipeline().WithClock(Clock);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.WithSetting(key, value);
        if (services is not null) builder.WithServices(services);
        Host = builder.Build();
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public GatewayHost Host { get; }

    /// <summary>Back to real time, so new tokens are valid.</summary>
    public void RealTime() => Clock.RealTime();

    /// <summary>An instant given in Shanghai local time (UTC+8, the profiles' default zone).</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    public async Task<string> ConversationAsync(ChatClient buyer, string shopId) =>
        (await buyer.StartConversationAsync(shopId)).GetProperty("conversationId").GetString()!;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
