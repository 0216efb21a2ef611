using ChatGuard.Classifiers;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        Host = new GatewayHost(settings: settings, services: s =>
        {
            s.RemoveAll<IModerationPipeline>();
            s.AddSingleton<IModerationPipeline>(new ScriptedPipeline(ModerationPipeline.CreateDefault()));
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(s);
        });
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public GatewayHost Host { get; }

    /// <summary>Back to real time, so new tokens are valid.</summary>
    public void RealTime() => Clock.Set(DateTimeOffset.UtcNow);

    /// <summary>An instant given in Shanghai local time (UTC+8, the profiles' default zone).</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    public async Task<string> ConversationAsync(ChatClient buyer, string shopId) =>
        (await buyer.StartConversationAsync(shopId)).GetProperty("conversationId").GetString()!;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
