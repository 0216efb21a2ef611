using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>Metrics and traces through OpenTelemetry: registration, and <c>/metrics</c> in the Prometheus format.</summary>
public static class TelemetryRegistration
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GatewayMetrics>();
        services.Configure<HubOptions>(o => o.AddFilter<ConnectionMetricsFilter>());

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = OtlpEndpoint(options);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TelemetryOptions.Meters)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Microsoft.AspNetCore.Http.Connections");
                if (options.PrometheusEndpoint) metrics.AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(TelemetryOptions.Sources)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }
        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c> in the Prometheus text format, anonymous like <c>/healthz</c> (the labels hold no text and no
    /// user ids, S12). Outside Development only the allowed networks, and only the management port when one is set.
    /// </summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.PrometheusEndpoint) return app;
        var development = app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var networks = (options.MetricsAllowedNetworks.Length > 0 ? options.MetricsAllowedNetworks : TelemetryOptions.LoopbackNetworks)
            .Select(IPNetwork.Parse).ToArray();
        bool Allowed(IPAddress? remote) =>
            development || (remote is not null && networks.Any(n => n.Contains(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)));
        var endpoint = app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                if (Allowed(context.Connection.RemoteIpAddress)) await next(context);
                else context.Response.StatusCode = StatusCodes.Status404NotFound;
            }), optionsName: null)
            .AllowAnonymous()
            .ExcludeFromDescription();
        if (options.ManagementPort is { } port) endpoint.RequireHost($"*:{port}");
        return app;
    }

    /// <summary>The configured endpoint, or the standard OTEL_EXPORTER_OTLP_ENDPOINT variable; null: no export.</summary>
    private static Uri? OtlpEndpoint(TelemetryOptions options)
    {
        var configured = options.OtlpEndpoint;
        if (string.IsNullOrWhiteSpace(configured)) configured = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        return string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured);
    }
}
