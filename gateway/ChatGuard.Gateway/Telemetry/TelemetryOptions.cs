using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>The <c>ChatGuard:Telemetry</c> section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "ChatGuard:Telemetry";

    /// <summary>
    /// OTLP collector to push metrics and traces to (e.g. <c>http://127.0.0.1:4317</c>); unset, with no
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> either, nothing is exported and only <c>/metrics</c> serves figures.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    public string ServiceName { get; set; } = "chatguard-gateway";

    /// <summary>Serve the Prometheus text format at <c>/metrics</c>.</summary>
    public bool PrometheusEndpoint { get; set; } = true;

    /// <summary>
    /// Outside Development, the networks (CIDR) whose scrapers may read <c>/metrics</c>; others get 404. The figures
    /// carry no text or ids (S12), but traffic volumes and verdict mixes are not for the internet at large.
    /// Empty: loopback only (<see cref="LoopbackNetworks"/>).
    /// </summary>
    public string[] MetricsAllowedNetworks { get; set; } = [];

    public static readonly string[] LoopbackNetworks = ["127.0.0.0/8", "::1/128"];

    /// <summary>
    /// A separate management port for <c>/metrics</c> (add it to <c>--urls</c>, e.g. <c>http://0.0.0.0:9464</c>); when
    /// set, <c>/metrics</c> answers on that port only, to the allowed networks.
    /// </summary>
    [Range(1, 65535)] public int? ManagementPort { get; set; }

    /// <summary>Every <c>ChatGuard.*</c> meter: a feature's own meter is picked up without touching this list.</summary>
    public const string Meters = "ChatGuard.*";

    /// <summary>Activity sources traced besides the instrumentations': ours and SignalR's hub invocations.</summary>
    public static readonly string[] Sources = [GatewayTracing.SourceName, "Microsoft.AspNetCore.SignalR.Server"];
}
