using ChatGuard.Classifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// Describes one in-process gateway for a test — its moderation, clock, Redis, settings and services — and starts it as a
/// <see cref="GatewayHost"/>. Every fixture builds its gateways here, so a change to how tests replace a service is made once.
/// </summary>
public sealed class GatewayBuilder
{
    // The shipped pipeline loads its lexicons and models once per test process: it holds no per-call state, so the
    // gateways of a run share one instead of each paying for its own.
    private static readonly Lazy<IModerationPipeline> Scripted = new(() => new ScriptedPipeline(ModerationPipeline.CreateDefault()));

    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Moderation by <see cref="ScriptedPipeline"/>: "[block]", "[review]" and "[mask]" texts get that action.</summary>
    public GatewayBuilder WithScriptedPipeline() => WithServices(s =>
    {
        s.RemoveAll<IModerationPipeline>();
        s.AddSingleton(Scripted.Value);
    });

    /// <summary>
    /// The gateway's business clock (sanction expiry, spam windows, retention), typically a
    /// <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> started at the real time and moved with
    /// <see cref="FakeClockExtensions.AdjustTimeBy"/>. Bearer tokens are validated on real time, so a test connects and
    /// fetches its tokens while this clock still reads the real time, then moves it.
    /// </summary>
    public GatewayBuilder WithClock(TimeProvider clock) => WithServices(s =>
    {
        s.RemoveAll<TimeProvider>();
        s.AddSingleton(clock);
    });

    /// <summary>Counters, spam activity and the SignalR backplane on <paramref name="redis"/>, under a channel prefix of
    /// this deployment (a fresh one unless nodes of one deployment share it).</summary>
    public GatewayBuilder WithRedis(RedisServer redis, string? prefix = null) =>
        WithSetting("ChatGuard:Redis:Configuration", redis.Configuration)
            .WithSetting("ChatGuard:Redis:Prefix", prefix ?? "cg" + Guid.NewGuid().ToString("N")[..8]);

    public GatewayBuilder WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public GatewayBuilder WithSettings(IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings) _settings[key] = value;
        return this;
    }

    /// <summary>More service changes, applied after the ones above in the order given.</summary>
    public GatewayBuilder WithServices(Action<IServiceCollection> services)
    {
        _services.Add(services);
        return this;
    }

    /// <summary>Starts the gateway on a free loopback port.</summary>
    public GatewayHost Build()
    {
        var services = _services.ToArray();
        return new GatewayHost(settings: _settings, services: s =>
        {
            foreach (var change in services) change(s);
        });
    }
}
