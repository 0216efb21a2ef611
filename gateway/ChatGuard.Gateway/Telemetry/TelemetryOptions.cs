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
    /// Meters collected for <c>/metrics</c> and OTLP: every <c>ChatGuard.*</c> meter (a feature's own meter is picked up
    /// without touching this list), and the ones ASP.NET Core, Kestrel, SignalR's connections and the runtime publish
    /// natively (the instrumentation packages are not in the registry here). A trailing <c>*</c> matches a prefix.
    /// </summary>
    public static readonly string[] Meters =
    [
        "ChatGuard.*",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Authentication",
        "System.Runtime",
    ];

    /// <summary>Activity sources traced: ours, ASP.NET Core's requests and SignalR's hub invocations.</summary>
    public static readonly string[] Sources = [GatewayTracing.SourceName, "Microsoft.AspNetCore", "Microsoft.AspNetCore.SignalR.Server"];
}
