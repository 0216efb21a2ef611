using ChatGuard.Classifiers;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatGuard.Gateway.Tests.Sanctions;

/// <summary>
/// A gateway with the scripted pipeline and a <see cref="ManualClock"/>. The clock starts at the real time, so tokens
/// issued before a test moves it stay valid; tests connect first, then move time. Tenant <c>ban-*</c> uses the
/// <c>kuaishou-import</c> profile, whose sanction policy here bans for abuse (policy as data, S10).
/// </summary>
public sealed class ClockedGatewayFixture : IAsyncLifetime
{
    public const string BanTenant = "ban-tenant";

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public GatewayHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new GatewayHost(
            settings: new Dictionary<string, string?>
            {
                [$"ChatGuard:Tenants:{BanTenant}:Profile"] = "kuaishou-import",
                ["ChatGuard:Profiles:kuaishou-import:Sanctions:Buyer:BanLabels:0"] = "abuse",
                ["ChatGuard:Profiles:kuaishou-import:Sanctions:Merchant:ByLabel:abuse:Type"] = "harassment",
                ["ChatGuard:Profiles:kuaishou-import:Sanctions:Merchant:ByLabel:abuse:Points"] = "12",
            },
            services: s =>
            {
                s.RemoveAll<IModerationPipeline>();
                s.AddSingleton<IModerationPipeline>(new ScriptedPipeline(ModerationPipeline.CreateDefault()));
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(Clock);
            });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
