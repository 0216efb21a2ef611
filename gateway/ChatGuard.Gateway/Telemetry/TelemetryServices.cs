using Microsoft.AspNetCore.SignalR;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>Metrics, traces and <c>/metrics</c>: registration and endpoint.</summary>
public static class TelemetryServices
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section));
        services.AddMetrics();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton(sp => new PrometheusCollector(sp.GetRequiredService<IMeterFactory>(), TelemetryOptions.Meters));
        services.AddHostedService<OtlpExport>();
        services.Configure<HubOptions>(o => o.AddFilter<ConnectionMetricsFilter>());
        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c> in the Prometheus text format. Anonymous like <c>/healthz</c>: the labels hold no text and no
    /// user ids (S12); restrict the path at the proxy where scrapers are not trusted.
    /// </summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.PrometheusEndpoint) return app;
        // Created now, not at the first scrape, so it counts from the start.
        app.ServiceProvider.GetRequiredService<PrometheusCollector>();
        app.MapGet("/metrics", (PrometheusCollector collector) => Results.Text(collector.Scrape(), PrometheusText.ContentType)).AllowAnonymous();
        return app;
    }
}
