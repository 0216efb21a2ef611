using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Telemetry;

public sealed class PrometheusCollectorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly string _meterName = "test.meter." + Guid.NewGuid().ToString("N");

    private IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Counters_sum_per_label_set_with_a_total_suffix_and_type_line()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName]);
        var counter = Factory.Create(_meterName).CreateCounter<long>("app.requests", "{request}", "Requests \"served\"");
        counter.Add(2, new("route", "/a"), new("code", 200));
        counter.Add(3, new("code", 200), new("route", "/a")); // same label set in another order
        counter.Add(1, new KeyValuePair<string, object?>("route", "a\"b\\c\nd"));

        var text = collector.Scrape();

        Assert.Contains("# HELP app_requests_total Requests \"served\"\n# TYPE app_requests_total counter\n", text);
        Assert.Contains("app_requests_total{code=\"200\",route=\"/a\"} 5\n", text);
        Assert.Contains("app_requests_total{route=\"a\\\"b\\\\c\\nd\"} 1\n", text);
    }

    [Fact]
    public void Histograms_have_cumulative_buckets_with_inf_sum_and_count()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName]);
        var histogram = Factory.Create(_meterName).CreateHistogram("app.latency", "ms", "Latency", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 10] });
        foreach (var v in new[] { 0.5, 1, 5, 50 }) histogram.Record(v);

        var lines = collector.Scrape().Split('\n');

        Assert.Contains("# TYPE app_latency_milliseconds histogram", lines);
        Assert.Contains("app_latency_milliseconds_bucket{le=\"1\"} 2", lines); // le is inclusive
        Assert.Contains("app_latency_milliseconds_bucket{le=\"10\"} 3", lines);
        Assert.Contains("app_latency_milliseconds_bucket{le=\"+Inf\"} 4", lines);
        Assert.Contains("app_latency_milliseconds_sum 56.5", lines);
        Assert.Contains("app_latency_milliseconds_count 4", lines);
    }

    [Fact]
    public void Up_down_counters_and_observable_gauges_are_gauges_with_current_values()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName]);
        var meter = Factory.Create(_meterName);
        var open = meter.CreateUpDownCounter<int>("app.open");
        open.Add(3);
        open.Add(-1);
        var reading = 7.5;
        meter.CreateObservableGauge("app.queue", () => reading);

        var first = collector.Scrape();
        reading = 2;
        var second = collector.Scrape();

        Assert.Contains("# TYPE app_open gauge\napp_open 2\n", first);
        Assert.Contains("app_queue 7.5\n", first);
        Assert.Contains("app_queue 2\n", second);
        Assert.DoesNotContain("app_queue 7.5", second);
    }

    [Fact]
    public void Only_the_named_meters_of_its_own_scope_are_collected()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName]);
        using var otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider();
        otherHost.GetRequiredService<IMeterFactory>().Create(_meterName).CreateCounter<long>("app.elsewhere").Add(1);
        Factory.Create("not.listed." + _meterName).CreateCounter<long>("app.unlisted").Add(1);
        Factory.Create(_meterName).CreateCounter<long>("app.mine").Add(1);

        var text = collector.Scrape();

        Assert.Contains("app_mine_total 1", text);
        Assert.DoesNotContain("app_elsewhere", text);
        Assert.DoesNotContain("app_unlisted", text);
    }

    [Fact]
    public void A_trailing_star_collects_every_meter_with_that_prefix()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName + ".*"]);
        Factory.Create(_meterName + ".Feature").CreateCounter<long>("app.feature").Add(1);
        Factory.Create(_meterName + "x").CreateCounter<long>("app.sibling").Add(1);

        var text = collector.Scrape();

        Assert.Contains("app_feature_total 1", text);
        Assert.DoesNotContain("app_sibling", text);
    }

    [Fact]
    public void Every_line_is_a_comment_or_a_well_formed_sample()
    {
        using var collector = new PrometheusCollector(Factory, [_meterName]);
        var meter = Factory.Create(_meterName);
        meter.CreateCounter<double>("a.b").Add(1.5, new KeyValuePair<string, object?>("x.y", "z"));
        meter.CreateHistogram<long>("c").Record(3);
        var sample = new Regex("""^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? [-+0-9.eEInfNa]+$""");

        foreach (var line in collector.Scrape().TrimEnd('\n').Split('\n'))
            Assert.True(line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal) || sample.IsMatch(line), line);
    }
}
