using System.CommandLine;
using System.Globalization;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard train --corpus FILE.jsonl [--abuse-data FILE...] [--abuse-dev FILE...] --out DIR</c>: fits the learned heads (C2–C8) with
/// ML.NET on the corpus (plus abuse-only data such as COLD's train split), calibrates their thresholds on
/// legitimate messages of held-out families, and writes <c>DIR/labels.model</c>.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "corpus JSON lines (id, text, labels, role, family)", Required = true };
        var abuseData = new Option<FileInfo[]>("--abuse-data") { Description = "abuse-only training files (COLD/Davidson CSV, chat JSON lines)", AllowMultipleArgumentsPerToken = true };
        var abuseDev = new Option<FileInfo[]>("--abuse-dev") { Description = "labeled abuse dev files (COLD dev CSV) for the abuse head's context threshold", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "directory to write labels.model into", Required = true };
        var defaults = new LabelModelTrainerOptions();
        var folds = new Option<int>("--folds") { Description = "family folds for threshold calibration", DefaultValueFactory = _ => 5 };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of weight buckets", DefaultValueFactory = _ => defaults.HashBits };
        var scores = new Option<FileInfo?>("--scores") { Description = "also write every corpus message's out-of-family calibration scores (tab-separated: id, family, fold, gold labels, one column per head)" };
        var command = new Command("train", "Train the learned label model on the corpus with ML.NET.") { corpus, abuseData, abuseDev, output, folds, hashBits, scores };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(corpus)!, parse.GetValue(abuseData) ?? [], parse.GetValue(abuseDev) ?? [], parse.GetValue(output)!, parse.GetValue(folds),
            defaults with { HashBits = parse.GetValue(hashBits) }, Console.Error, ct, parse.GetValue(scores)));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo corpus, FileInfo[] abuseData, FileInfo[] abuseDev, DirectoryInfo output, int folds, LabelModelTrainerOptions options, TextWriter console, CancellationToken ct,
        FileInfo? scores = null)
    {
        var messages = CorpusReader.Read(corpus.FullName);
        var extra = AbuseEvaluator.ToExamples(abuseData.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Train))).ToList();
        var dev = abuseDev.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Dev)).ToList();
        await console.WriteLineAsync($"corpus: {messages.Count} messages, abuse data: {extra.Count} rows, abuse dev: {dev.Count} rows");
        var normalizer = new TextNormalizer();
        var progress = new Progress<string>(console.WriteLine);
        var heldOut = new List<string>();
        Action<CorpusMessage, int, IReadOnlyList<float>>? onHeldOut = scores is null ? null : (m, fold, p) => heldOut.Add(ScoreLine(m, fold, p));
        var fit = await Task.Run(() => new CalibratedTraining(normalizer, new LabelModelTrainer(normalizer, options)).Fit(messages, extra, folds, progress, ct, dev, onHeldOut), ct);
        if (scores is not null)
        {
            scores.Directory?.Create(); // minutes of training must not end on a missing folder
            var header = $"id\tfamily\tfold\tlabels\t{string.Join('\t', fit.Model.Heads.Select((h, k) => k < CalibratedTraining.LearnedLabels.Count || h.Label == SenderRoleReader.HeadLabel ? h.Label : h.Label + "-extra"))}";
            await File.WriteAllLinesAsync(scores.FullName, [header, .. heldOut], ct);
        }
        output.Create();
        var path = Path.Combine(output.FullName, "labels.model");
        await using (var stream = File.Create(path)) fit.Model.Write(stream);
        foreach (var h in fit.Model.Heads)
            await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{h.Label,-22} review {h.ReviewThreshold:0.000} block {h.BlockThreshold:0.000} context {h.ContextThreshold:0.000}"));
        await console.WriteLineAsync($"model: {path} ({new FileInfo(path).Length} bytes)");
        return 0;
    }

    private static string ScoreLine(CorpusMessage m, int fold, IReadOnlyList<float> scores) =>
        $"{m.Id}\t{m.Family}\t{fold}\t{string.Join(',', m.Labels)}\t{string.Join('\t', scores.Select(s => s.ToString("0.#####", CultureInfo.InvariantCulture)))}";
}
