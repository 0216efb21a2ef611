using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatGuard.Gateway.Tests.Telemetry;

/// <summary>The samples of a Prometheus text exposition: name, labels, value (timestamps and comments ignored).</summary>
public sealed partial class PrometheusSamples
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    public static PrometheusSamples Parse(string text)
    {
        var parsed = new PrometheusSamples();
        foreach (var line in text.Split('\n'))
        {
            var m = SampleLine().Match(line);
            if (!m.Success) continue;
            var labels = LabelPair().Matches(m.Groups["labels"].Value).ToDictionary(p => p.Groups[1].Value, p => p.Groups[2].Value);
            parsed._samples.Add((m.Groups["name"].Value, labels, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)));
        }
        return parsed;
    }

    /// <summary>The one sample of that name whose labels include the given ones (others, such as the scope, may be there).</summary>
    public double Value(string name, params (string Key, string Value)[] labels)
    {
        var matching = _samples.Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).ToList();
        Assert.True(matching.Count == 1, $"{matching.Count} samples of {name} with {string.Join(",", labels)}");
        return matching[0].Value;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>[-+0-9.eE]+|NaN|\+Inf|-Inf)( [0-9]+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
