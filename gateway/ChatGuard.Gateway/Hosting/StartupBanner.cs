using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatGuard.Gateway.Hosting;

/// <summary>Says where the pages are once the server listens, so whoever started it knows what to open.</summary>
public sealed partial class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IHostEnvironment environment, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null) return;
            address = address.Replace("://[::]", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1").Replace("://+", "://127.0.0.1").TrimEnd('/');
            LogPages(address, environment.EnvironmentName);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "ChatGuard is ready ({Environment}): moderators {Address}/console · agents {Address}/desk · storefront widget {Address}/widget · API {Address}/openapi/v1.json")]
    private partial void LogPages(string address, string environment);
}
