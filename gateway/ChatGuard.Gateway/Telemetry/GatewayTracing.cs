using System.Diagnostics;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>
/// The gateway's <see cref="ActivitySource"/>: SendMessage and its scan, store and delivery steps become spans under
/// the hub invocation's activity (ASP.NET Core / SignalR publish their own). Span tags carry ids and verdicts, never text (S12).
/// </summary>
public static class GatewayTracing
{
    public const string SourceName = "ChatGuard.Gateway";

    public static readonly ActivitySource Source = new(SourceName);
}
