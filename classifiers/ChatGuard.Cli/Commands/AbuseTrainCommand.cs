using System.CommandLine;
using System.Globalization;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Data;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard abuse train --train FILE... --dev FILE... --out MODEL</c>: an abuse-only label model fitted by
/// ML.NET on COLD or Davidson CSVs (a Davidson file gives its train rows to --train and its dev rows to --dev) and
/// chat JSON lines; the review threshold is the best dev macro-F1, the block threshold passes ≤ 0.1 % of dev's
/// non-offensive texts.
/// </summary>
internal static class AbuseTrainCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo[]>("--train") { Description = "training CSV or JSON-lines file(s)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<FileInfo[]>("--dev") { Description = "dev file(s), for the thresholds", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the model", Required = true };
        var defaults = new LabelModelTrainerOptions { HashBits = 20 };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of weight buckets", DefaultValueFactory = _ => defaults.HashBits };
        var command = new Command("train", "Train an abuse model with ML.NET.") { train, dev, output, hashBits };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, Console.Error, ct,
            defaults with { HashBits = parse.GetValue(hashBits) }));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo[] train, FileInfo[] dev, FileInfo output, TextWriter console, CancellationToken ct, LabelModelTrainerOptions? options = null)
    {
        options ??= new LabelModelTrainerOptions { HashBits = 20 };
        var trainSet = train.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Train)).ToList();
        var devSet = dev.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Dev)).ToList();
        await console.WriteLineAsync($"train: {trainSet.Count} rows, dev: {devSet.Count} rows");
        var normalizer = new TextNormalizer();
        var fit = await Task.Run(() => new LabelModelTrainer(normalizer, options).Fit([.. AbuseEvaluator.ToExamples(trainSet)], [new HeadSpec(Labels.Abuse, Extra: true)], ct), ct);
        var model = AbuseThresholds.Choose(fit.Model, normalizer, devSet, options.Thresholds);
        await using (var stream = output.Create()) model.Write(stream);
        var head = model.Heads[0];
        await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"review threshold: {head.ReviewThreshold:0.000} block threshold: {head.BlockThreshold:0.000}"));
        await console.WriteLineAsync($"model: {output.FullName} ({new FileInfo(output.FullName).Length} bytes)");
        return 0;
    }
}
