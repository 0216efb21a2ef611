using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>
/// Pushes metrics and traces to an OTLP collector when one is configured. The providers are built with
/// <c>Sdk.Create…ProviderBuilder()</c> because OpenTelemetry.Extensions.Hosting is not in the registry here;
/// this hosted service owns their lifetime (flushed and disposed at shutdown).
/// </summary>
public sealed partial class OtlpExport(IOptions<TelemetryOptions> options, ILogger<OtlpExport> logger) : IHostedService, IDisposable
{
    private MeterProvider? _meters;
    private TracerProvider? _tracer;

    /// <summary>The configured endpoint, or the standard OTEL_EXPORTER_OTLP_ENDPOINT variable; null: no export.</summary>
    public static Uri? Endpoint(TelemetryOptions options)
    {
        var configured = options.OtlpEndpoint;
        if (string.IsNullOrWhiteSpace(configured)) configured = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        return string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured);
    }

    public Task StartAsync(CancellationToken ct)
    {
        var endpoint = Endpoint(options.Value);
        if (endpoint is null) return Task.CompletedTask;
        var resource = ResourceBuilder.CreateDefault().AddService(options.Value.ServiceName);
        void Configure(OtlpExporterOptions o) => o.Endpoint = endpoint;
        _meters = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(TelemetryOptions.Meters).AddOtlpExporter(Configure).Build();
        _tracer = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(TelemetryOptions.Sources).AddOtlpExporter(Configure).Build();
        LogExporting(endpoint);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        _meters?.ForceFlush(2000);
        _tracer?.ForceFlush(2000);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _meters?.Dispose();
        _tracer?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exporting metrics and traces over OTLP to {Endpoint}")]
    private partial void LogExporting(Uri endpoint);
}
