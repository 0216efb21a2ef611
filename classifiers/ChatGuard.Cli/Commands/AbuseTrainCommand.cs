using System.CommandLine;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard abuse train --train FILE... --dev FILE... --out MODEL</c>. Files are COLD or Davidson CSVs;
/// a Davidson file contributes its train rows to --train and its dev rows to --dev (shared/data/README.md split).
/// </summary>
internal static class AbuseTrainCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo[]>("--train") { Description = "training CSV file(s)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<FileInfo[]>("--dev") { Description = "dev CSV file(s), for the epoch and the threshold", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write the model", Required = true };
        var defaults = new AbuseTrainerOptions();
        var epochs = new Option<int>("--epochs") { Description = "passes over the training set", DefaultValueFactory = _ => defaults.Epochs };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of weight buckets", DefaultValueFactory = _ => defaults.HashBits };
        var learningRate = new Option<double>("--learning-rate") { Description = "AdaGrad base step", DefaultValueFactory = _ => defaults.LearningRate };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty", DefaultValueFactory = _ => defaults.L2 };
        var chatWeight = new Option<double>("--chat-weight") { Description = "weight of JSON-lines chat examples against the CSV datasets", DefaultValueFactory = _ => defaults.ChatWeight };
        var nb = new Option<double>("--nb-smoothing") { Description = "naive-Bayes feature scaling smoothing (0: off)", DefaultValueFactory = _ => defaults.NaiveBayesSmoothing };
        var command = new Command("train", "Train the abuse model.") { train, dev, output, epochs, hashBits, learningRate, l2, nb, chatWeight };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, Console.Error, ct, defaults with
        {
            Epochs = parse.GetValue(epochs),
            HashBits = parse.GetValue(hashBits),
            LearningRate = parse.GetValue(learningRate),
            L2 = parse.GetValue(l2),
            NaiveBayesSmoothing = parse.GetValue(nb),
            ChatWeight = parse.GetValue(chatWeight),
        }));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo[] train, FileInfo[] dev, FileInfo output, TextWriter console, CancellationToken ct, AbuseTrainerOptions? options = null)
    {
        options ??= new AbuseTrainerOptions();
        var trainSet = train.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Train, options.ChatWeight)).ToList();
        var devSet = dev.SelectMany(f => LabeledFileReader.Read(f.FullName, DatasetRole.Dev)).ToList();
        await console.WriteLineAsync($"train: {trainSet.Count} rows, dev: {devSet.Count} rows");
        var bar = new AbuseTrainProgressBar(console);
        var model = await Task.Run(() => new AbuseTrainer(new TextNormalizer(), options).Train(trainSet, devSet, bar), ct);
        bar.Finish();
        await using (var stream = output.Create()) model.Write(stream);
        await console.WriteLineAsync($"threshold: {model.Threshold:0.000}");
        await console.WriteLineAsync($"model: {output.FullName} ({new FileInfo(output.FullName).Length} bytes)");
        return 0;
    }
}
