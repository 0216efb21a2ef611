using System.Globalization;
using System.Text;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>
/// Prometheus text exposition format 0.0.4: metric and label names, escaping, HELP/TYPE lines and samples.
/// Hand-written because the OpenTelemetry Prometheus exporter is not in the package registry here.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>An OpenTelemetry name and unit as a Prometheus metric name: <c>chatguard.scan.duration</c>, <c>ms</c> → <c>chatguard_scan_duration_milliseconds</c>.</summary>
    public static string MetricName(string name, string? unit)
    {
        var sanitized = Sanitize(name, allowColon: true);
        var suffix = UnitSuffix(unit);
        return suffix is null || sanitized.EndsWith("_" + suffix, StringComparison.Ordinal) ? sanitized : $"{sanitized}_{suffix}";
    }

    public static string LabelName(string name) => Sanitize(name, allowColon: false);

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>HELP text escapes backslash and line feed only.</summary>
    public static string EscapeHelp(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static void WriteHeader(StringBuilder output, string name, string type, string? help)
    {
        if (!string.IsNullOrEmpty(help)) output.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        output.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    /// <summary>One sample line; <paramref name="extraLabel"/> is appended last (histograms' <c>le</c>).</summary>
    public static void WriteSample(StringBuilder output, string name, IReadOnlyList<KeyValuePair<string, string>> labels, double value,
        KeyValuePair<string, string>? extraLabel = null)
    {
        output.Append(name);
        if (labels.Count > 0 || extraLabel is not null)
        {
            output.Append('{');
            var first = true;
            foreach (var (key, v) in extraLabel is { } extra ? labels.Append(extra) : labels)
            {
                if (!first) output.Append(',');
                first = false;
                output.Append(LabelName(key)).Append("=\"").Append(EscapeLabelValue(v)).Append('"');
            }
            output.Append('}');
        }
        output.Append(' ').Append(FormatValue(value)).Append('\n');
    }

    private static string Sanitize(string name, bool allowColon)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    // UCUM units as OpenTelemetry's Prometheus mapping names them; annotations like {message} add nothing.
    private static string? UnitSuffix(string? unit) => unit switch
    {
        null or "" or "1" => null,
        "ms" => "milliseconds",
        "s" => "seconds",
        "us" => "microseconds",
        "By" => "bytes",
        _ when unit.StartsWith('{') => null,
        _ => Sanitize(unit, allowColon: false),
    };
}
