using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>
/// Aggregates the measurements of <see cref="TelemetryOptions.Meters"/> in memory with a <see cref="MeterListener"/>
/// and renders them in the Prometheus text format for <c>/metrics</c>: counters as cumulative sums, up-down counters
/// and gauges as their current value, histograms as cumulative buckets with <c>_sum</c> and <c>_count</c>.
/// Hand-written (small on purpose) because the OpenTelemetry Prometheus exporter is not in the registry here.
/// </summary>
public sealed class PrometheusCollector : IDisposable
{
    // OpenTelemetry's default explicit buckets, for histograms that bring no advice of their own.
    private static readonly double[] DefaultBuckets = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _instruments = new();
    private readonly string[] _meters;
    private readonly IMeterFactory _scope;

    /// <param name="scope">Meters created by another host's factory in the same process are not ours.</param>
    public PrometheusCollector(IMeterFactory scope, IEnumerable<string> meters)
    {
        _scope = scope;
        _meters = [.. meters];
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!_meters.Any(m => Matches(m, instrument.Meter.Name))) return;
            if (instrument.Meter.Scope is not null && !ReferenceEquals(instrument.Meter.Scope, _scope)) return;
            var series = new InstrumentSeries(instrument, BucketsOf(instrument));
            _instruments[instrument] = series;
            listener.EnableMeasurementEvents(instrument, series);
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentSeries? _);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<short>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<byte>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, state) => ((InstrumentSeries)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<decimal>((i, v, tags, state) => ((InstrumentSeries)state!).Record((double)v, tags));
        _listener.Start();
    }

    /// <summary>Every collected metric in the text exposition format; observable instruments are read now.</summary>
    public string Scrape()
    {
        foreach (var series in _instruments.Values) series.ResetObservations();
        _listener.RecordObservableInstruments();
        var output = new StringBuilder();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var series in _instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            if (written.Add(series.Name)) series.WriteTo(output);
        return output.ToString();
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>The OpenTelemetry SDK's meter-name rule, for prefixes: <c>ChatGuard.*</c> matches <c>ChatGuard.Security</c>.</summary>
    private static bool Matches(string pattern, string name) => pattern.EndsWith('*')
        ? name.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
        : string.Equals(pattern, name, StringComparison.OrdinalIgnoreCase);

    private static double[]? BucketsOf(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries?.ToArray() ?? DefaultBuckets,
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray() ?? DefaultBuckets,
        _ when instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == typeof(Histogram<>) => DefaultBuckets,
        _ => null,
    };

    /// <summary>One instrument's series, keyed by their label set.</summary>
    private sealed class InstrumentSeries(Instrument instrument, double[]? buckets)
    {
        private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);

        private readonly Kind _kind = instrument switch
        {
            _ when buckets is not null => Kind.Histogram,
            _ when IsGeneric(instrument, typeof(Counter<>)) || IsGeneric(instrument, typeof(ObservableCounter<>)) => Kind.Counter,
            _ when IsGeneric(instrument, typeof(UpDownCounter<>)) => Kind.Sum,
            _ => Kind.Gauge, // observable gauges and up-down counters report their current value; so does Gauge<T>
        };

        public string Name { get; } = PrometheusText.MetricName(instrument.Name, instrument.Unit) +
            (IsGeneric(instrument, typeof(Counter<>)) || IsGeneric(instrument, typeof(ObservableCounter<>)) ? "_total" : "");

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var (key, labels) = LabelsOf(tags, instrument.Tags);
            var series = _series.GetOrAdd(key, static (_, arg) => new Series(arg.labels, arg.buckets), (labels, buckets));
            lock (series)
            {
                switch (_kind)
                {
                    case Kind.Histogram:
                        series.Count++;
                        series.Sum += value;
                        var i = Array.BinarySearch(buckets!, value);
                        series.BucketCounts![i >= 0 ? i : ~i]++; // le: a value equal to a boundary falls in that bucket
                        break;
                    case Kind.Counter or Kind.Sum when !instrument.IsObservable:
                        series.Value += value;
                        break;
                    default:
                        series.Value = value;
                        break;
                }
            }
        }

        /// <summary>Observable instruments report whole values per scrape: forget series that were not reported again.</summary>
        public void ResetObservations()
        {
            if (instrument.IsObservable) _series.Clear();
        }

        public void WriteTo(StringBuilder output)
        {
            if (_series.IsEmpty) return;
            PrometheusText.WriteHeader(output, Name, _kind switch { Kind.Histogram => "histogram", Kind.Counter => "counter", _ => "gauge" },
                instrument.Description);
            foreach (var series in _series.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value))
            {
                lock (series)
                {
                    if (_kind != Kind.Histogram)
                    {
                        PrometheusText.WriteSample(output, Name, series.Labels, series.Value);
                        continue;
                    }
                    long cumulative = 0;
                    for (var b = 0; b < buckets!.Length; b++)
                    {
                        cumulative += series.BucketCounts![b];
                        PrometheusText.WriteSample(output, Name + "_bucket", series.Labels, cumulative, new("le", PrometheusText.FormatValue(buckets[b])));
                    }
                    PrometheusText.WriteSample(output, Name + "_bucket", series.Labels, series.Count, new("le", "+Inf"));
                    PrometheusText.WriteSample(output, Name + "_sum", series.Labels, series.Sum);
                    PrometheusText.WriteSample(output, Name + "_count", series.Labels, series.Count);
                }
            }
        }

        private static (string Key, KeyValuePair<string, string>[] Labels) LabelsOf(
            ReadOnlySpan<KeyValuePair<string, object?>> tags, IEnumerable<KeyValuePair<string, object?>>? instrumentTags)
        {
            if (tags.IsEmpty && instrumentTags is null) return ("", []);
            var labels = new List<KeyValuePair<string, string>>(tags.Length);
            foreach (var (k, v) in tags) labels.Add(new(k, Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            if (instrumentTags is not null)
                foreach (var (k, v) in instrumentTags) labels.Add(new(k, Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            labels.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return (string.Join('\u0001', labels.Select(l => l.Key + "\u0002" + l.Value)), [.. labels]);
        }

        private static bool IsGeneric(Instrument i, Type definition) => i.GetType().IsGenericType && i.GetType().GetGenericTypeDefinition() == definition;
    }

    private sealed class Series(KeyValuePair<string, string>[] labels, double[]? buckets)
    {
        public KeyValuePair<string, string>[] Labels { get; } = labels;
        public long[]? BucketCounts { get; } = buckets is null ? null : new long[buckets.Length + 1];
        public double Value { get; set; }
        public double Sum { get; set; }
        public long Count { get; set; }
    }

    private enum Kind { Counter, Sum, Gauge, Histogram }
}
