using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard eval --input FILE.jsonl [--profile NAME] [--errors] [--lexicons DIR]</c>: scans labelled lines
/// <c>{"id","text","labels"}</c> and prints precision, recall and F1 per text label, the share of clean
/// messages flagged, and a last line <c>micro-F1: 0.000 precision: 0.000 recall: 0.000</c>.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines with \"text\" and \"labels\"", Required = true };
        var profile = new Option<string?>("--profile") { Description = "policy profile (default: the pipeline's default)" };
        var errors = new Option<bool>("--errors") { Description = "list every wrong prediction on standard error (text included: dev data only)" };
        var lexicons = new Option<DirectoryInfo?>("--lexicons") { Description = "directory of term lists overriding the built-in ones" };
        var command = new Command("eval", "Evaluate the detectors on a labelled JSON-lines file.") { input, profile, errors, lexicons };
        command.SetAction(async (parse, ct) =>
        {
            using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: parse.GetValue(lexicons)?.FullName);
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"error: no such file {file.FullName}");
                return 2;
            }
            using var reader = file.OpenText();
            return await RunAsync(pipeline, parse.GetValue(profile), reader, Console.Out, Console.Error, parse.GetValue(errors), ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(IModerationPipeline pipeline, string? profile, TextReader input, TextWriter output, TextWriter error, bool listErrors, CancellationToken ct)
    {
        var counts = Labels.Text.ToDictionary(l => l, _ => new Counts(), StringComparer.Ordinal);
        int lineNumber = 0, messages = 0, clean = 0, cleanFlagged = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!TryParse(line, out var id, out var text, out var role, out var expected, out var problem))
            {
                await error.WriteLineAsync($"line {lineNumber}: {problem}");
                continue;
            }
            messages++;
            var predicted = pipeline.Scan(pipeline.Normalize(text), new ScanOptions(profile, role)).Labels.Where(counts.ContainsKey).ToHashSet(StringComparer.Ordinal);
            var gold = expected.Where(counts.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (gold.Count == 0)
            {
                clean++;
                if (predicted.Count > 0) cleanFlagged++;
            }
            foreach (var (label, c) in counts)
            {
                bool p = predicted.Contains(label), g = gold.Contains(label);
                if (p && g) c.TruePositives++;
                else if (p) c.FalsePositives++;
                else if (g) c.FalseNegatives++;
            }
            if (listErrors && !predicted.SetEquals(gold))
                await error.WriteLineAsync($"{id}\tgold=[{string.Join(",", gold)}]\tpredicted=[{string.Join(",", predicted)}]\t{text}");
        }

        await output.WriteLineAsync($"{"label",-22} {"precision",9} {"recall",7} {"f1",6} {"support",7}");
        var total = new Counts();
        foreach (var (label, c) in counts)
        {
            await output.WriteLineAsync($"{label,-22} {F(c.Precision),9} {F(c.Recall),7} {F(c.F1),6} {c.Support,7}");
            total.TruePositives += c.TruePositives;
            total.FalsePositives += c.FalsePositives;
            total.FalseNegatives += c.FalseNegatives;
        }
        await output.WriteLineAsync($"{"micro",-22} {F(total.Precision),9} {F(total.Recall),7} {F(total.F1),6} {total.Support,7}");
        var rate = clean == 0 ? 0 : (double)cleanFlagged / clean;
        await output.WriteLineAsync($"messages: {messages} clean: {clean} clean flagged: {cleanFlagged} ({F(rate * 100)} %)");
        await output.WriteLineAsync($"micro-F1: {F(total.F1)} precision: {F(total.Precision)} recall: {F(total.Recall)}");
        await output.FlushAsync(ct);
        return 0;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static bool TryParse(string line, out string id, out string text, out SenderRole role, out List<string> labels, out string? problem)
    {
        id = "";
        text = "";
        role = SenderRole.Unknown;
        labels = [];
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { problem = "expected a JSON object"; return false; }
            if (root.TryGetProperty("id", out var idElement)) id = idElement.ToString();
            if (!root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String) { problem = "missing string field \"text\""; return false; }
            if (!root.TryGetProperty("labels", out var l) || l.ValueKind != JsonValueKind.Array) { problem = "missing array field \"labels\""; return false; }
            if (root.TryGetProperty("role", out var r) && r.ValueKind != JsonValueKind.Null
                && !SenderRoleNames.TryParse(r.ValueKind == JsonValueKind.String ? r.GetString() : null, out role))
            {
                problem = "field \"role\" must be \"buyer\", \"agent\" or \"bot\"";
                return false;
            }
            text = t.GetString()!;
            foreach (var label in l.EnumerateArray())
                if (label.ValueKind == JsonValueKind.String) labels.Add(label.GetString()!);
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON: {e.Message}";
            return false;
        }
    }

    private sealed class Counts
    {
        public int TruePositives;
        public int FalsePositives;
        public int FalseNegatives;

        public int Support => TruePositives + FalseNegatives;
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
