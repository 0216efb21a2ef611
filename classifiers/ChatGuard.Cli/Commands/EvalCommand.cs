using System.CommandLine;
using System.Globalization;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Training.Data;
using ChatGuard.Classifiers.Training.Evaluation;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard eval --input FILE.jsonl [--profile NAME] [--errors] [--lexicons DIR] [--split families]</c>: scans
/// labelled lines <c>{"id","text","labels","role"?,"family"?}</c> and prints precision, recall and F1 per text
/// label, legitimate messages flagged and blocked, violating messages allowed, a per-family table, and a last line
/// <c>micro-F1: 0.000 precision: 0.000 recall: 0.000</c>. With <c>--split families</c> the learned model is fitted
/// per fold on the other folds' families (<see cref="LeaveFamiliesOut"/>) and the held-out folds' figures are pooled.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines with \"text\" and \"labels\" (and optional \"role\", \"family\")", Required = true };
        var profile = new Option<string?>("--profile") { Description = "policy profile (default: the pipeline's default)" };
        var errors = new Option<bool>("--errors") { Description = "list every wrong prediction on standard error (text included: corpus data only)" };
        var lexicons = new Option<DirectoryInfo?>("--lexicons") { Description = "directory of term lists overriding the built-in ones" };
        var split = new Option<string?>("--split") { Description = "\"families\": leave-families-out evaluation (fits the learned model per fold)" };
        var folds = new Option<int>("--folds") { Description = "family folds for --split families", DefaultValueFactory = _ => 5 };
        var abuseData = new Option<FileInfo[]>("--abuse-data") { Description = "abuse-only training files for --split families (COLD train CSV …)", AllowMultipleArgumentsPerToken = true };
        var abuseDev = new Option<FileInfo[]>("--abuse-dev") { Description = "labeled abuse dev files for --split families (COLD dev CSV)", AllowMultipleArgumentsPerToken = true };
        var withoutRoles = new Option<bool>("--without-roles") { Description = "judge every message as if its sender were not said (the pipeline reads a buyer's voice itself)" };
        var command = new Command("eval", "Evaluate the detectors on a labelled JSON-lines file.") { input, profile, errors, lexicons, split, folds, abuseData, abuseDev, withoutRoles };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"error: no such file {file.FullName}");
                return 2;
            }
            var listErrors = parse.GetValue(errors);
            switch (parse.GetValue(split))
            {
                case null:
                {
                    using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: parse.GetValue(lexicons)?.FullName);
                    using var reader = file.OpenText();
                    return await RunAsync(pipeline, parse.GetValue(profile), reader, Console.Out, Console.Error, listErrors, ct, parse.GetValue(withoutRoles));
                }
                case "families":
                    return await RunLeaveFamiliesOutAsync(file, parse.GetValue(abuseData) ?? [], parse.GetValue(abuseDev) ?? [], parse.GetValue(folds), parse.GetValue(profile),
                        parse.GetValue(lexicons), listErrors, Console.Out, Console.Error, ct, rolesUnsaid: parse.GetValue(withoutRoles));
                default:
                    await Console.Error.WriteLineAsync("error: --split takes \"families\"");
                    return 2;
            }
        });
        return command;
    }

    public static async Task<int> RunAsync(IModerationPipeline pipeline, string? profile, TextReader input, TextWriter output, TextWriter error, bool listErrors, CancellationToken ct,
        bool rolesUnsaid = false)
    {
        var messages = new List<CorpusMessage>();
        var lineNumber = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (CorpusReader.TryParse(line, out var message, out var problem)) messages.Add(message);
            else await error.WriteLineAsync($"line {lineNumber}: {problem}");
        }
        var evaluation = new CorpusEvaluation { RolesUnsaid = rolesUnsaid };
        var wrong = new List<string>();
        evaluation.Run(pipeline, messages, profile, listErrors ? (m, p) => wrong.Add(ErrorLine(m, p)) : null, ct);
        foreach (var w in wrong) await error.WriteLineAsync(w);
        await WriteAsync(evaluation, output, ct);
        return 0;
    }

    public static async Task<int> RunLeaveFamiliesOutAsync(FileInfo input, FileInfo[] abuseData, FileInfo[] abuseDev, int folds, string? profile, DirectoryInfo? lexiconDirectory,
        bool listErrors, TextWriter output, TextWriter error, CancellationToken ct, LabelModelTrainerOptions? options = null, int calibrationFolds = 4,
        bool rolesUnsaid = false)
    {
        var corpus = CorpusReader.Read(input.FullName);
        var extra = AbuseEvaluator.ToExamples(abuseData.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Train))).ToList();
        var dev = abuseDev.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Dev)).ToList();
        var normalizer = new TextNormalizer();
        using var lexicons = new LexiconCatalog(normalizer, lexiconDirectory?.FullName);
        var wrong = new List<string>();
        var run = new LeaveFamiliesOut(normalizer, new LabelModelTrainer(normalizer, options ?? new LabelModelTrainerOptions()), lexicons);
        var evaluation = await Task.Run(() => run.Run(corpus, extra, folds, calibrationFolds, profile, new Progress<string>(error.WriteLine),
            listErrors ? (m, p) => { lock (wrong) wrong.Add(ErrorLine(m, p)); } : null, ct, dev, rolesUnsaid), ct);
        foreach (var w in wrong) await error.WriteLineAsync(w);
        await output.WriteLineAsync($"leave-families-out: {folds} folds over {corpus.Select(m => m.FamilyGroup).Distinct().Count()} family groups; figures pooled over the held-out folds");
        await WriteAsync(evaluation, output, ct);
        return 0;
    }

    /// <summary>A wrong prediction; a label only a learned head found carries its score (label~0.93), so the heads' errors read apart from the rules'.</summary>
    private static string ErrorLine(CorpusMessage m, Verdict verdict)
    {
        var predicted = verdict.Labels.Where(Labels.Text.Contains).Select(label =>
        {
            var findings = verdict.Findings.Where(f => f.Label == label).ToList();
            return findings.All(f => f.Evidence == Evidence.Model)
                ? string.Create(CultureInfo.InvariantCulture, $"{label}~{findings.Max(f => f.Score ?? 0):0.00}")
                : label;
        });
        return $"{m.Id}\t{m.Family}\tgold=[{string.Join(",", m.Labels)}]\tpredicted=[{string.Join(",", predicted)}]\t{m.Text}";
    }

    private static async Task WriteAsync(CorpusEvaluation e, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync($"{"label",-22} {"precision",9} {"recall",7} {"f1",6} {"support",7}");
        foreach (var (label, c) in e.PerLabel)
            await output.WriteLineAsync($"{label,-22} {F(c.Precision),9} {F(c.Recall),7} {F(c.F1),6} {c.Support,7}");
        var micro = e.Micro;
        await output.WriteLineAsync($"{"micro",-22} {F(micro.Precision),9} {F(micro.Recall),7} {F(micro.F1),6} {micro.Support,7}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"family",-52} {"n",5} {"exact",6} {"flagged",8} {"model",6} {"blocked",8} {"allowed",8}");
        foreach (var (family, c) in e.PerFamily)
            await output.WriteLineAsync($"{family,-52} {c.Messages,5} {Pct(c.Exact, c.Messages),6} {Pct(c.Flagged, c.Messages),8} {Pct(c.FlaggedByModelOnly, c.Messages),6} {Pct(c.Blocked, c.Messages),8} {Pct(c.Allowed, c.Messages),8}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"messages: {e.Messages} legitimate: {e.Legitimate} violating: {e.Violating}");
        await output.WriteLineAsync($"legitimate flagged: {e.LegitimateFlagged} ({P(e.LegitimateFlagged, e.Legitimate)} %; learned scores alone {e.LegitimateFlaggedByModelOnly}) legitimate blocked: {e.LegitimateBlocked} ({P(e.LegitimateBlocked, e.Legitimate)} %) violating allowed: {e.ViolatingAllowed} ({P(e.ViolatingAllowed, e.Violating)} %)");
        await output.WriteLineAsync($"micro-F1: {F(micro.F1)} precision: {F(micro.Precision)} recall: {F(micro.Recall)}");
        await output.FlushAsync(ct);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string P(int part, int whole) => F(whole == 0 ? 0 : 100.0 * part / whole);

    private static string Pct(int part, int whole) => (whole == 0 ? 0 : 100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);
}
