using System.Text;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Tests.Telemetry;

public class PrometheusTextTests
{
    [Theory]
    [InlineData("chatguard.scan.duration", "ms", "chatguard_scan_duration_milliseconds")]
    [InlineData("http.server.request.duration", "s", "http_server_request_duration_seconds")]
    [InlineData("chatguard.messages", "{message}", "chatguard_messages")]
    [InlineData("dotnet.gc.heap.total_allocated", "By", "dotnet_gc_heap_total_allocated_bytes")]
    [InlineData("9lives-x", null, "_9lives_x")]
    [InlineData("already_seconds", "s", "already_seconds")]
    public void Metric_names_follow_the_prometheus_charset_and_carry_the_unit(string name, string? unit, string expected) =>
        Assert.Equal(expected, PrometheusText.MetricName(name, unit));

    [Fact]
    public void Label_values_escape_backslash_quote_and_newline()
    {
        Assert.Equal("a\\\\b\\\"c\\nd", PrometheusText.EscapeLabelValue("a\\b\"c\nd"));
        Assert.Equal("say \"hi\"\\\\\\n", PrometheusText.EscapeHelp("say \"hi\"\\\n"));
    }

    [Fact]
    public void A_sample_line_has_sanitized_label_names_and_the_extra_label_last()
    {
        var output = new StringBuilder();
        PrometheusText.WriteSample(output, "x_bucket", [new("url.scheme", "http"), new("q", "\"")], 3, new("le", "0.5"));
        PrometheusText.WriteSample(output, "y", [], double.PositiveInfinity);
        PrometheusText.WriteSample(output, "z", [], 0.25);
        Assert.Equal("x_bucket{url_scheme=\"http\",q=\"\\\"\",le=\"0.5\"} 3\ny +Inf\nz 0.25\n", output.ToString());
    }

    [Fact]
    public void Header_has_help_then_type_and_skips_empty_help()
    {
        var output = new StringBuilder();
        PrometheusText.WriteHeader(output, "a_total", "counter", "line one\nline two");
        PrometheusText.WriteHeader(output, "b", "gauge", null);
        Assert.Equal("# HELP a_total line one\\nline two\n# TYPE a_total counter\n# TYPE b gauge\n", output.ToString());
    }
}
