using System.CommandLine;
using System.Globalization;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard abuse eval --model MODEL --input FILE</c>: a label model's abuse head alone at its review threshold
/// on a COLD or Davidson CSV (Davidson: its test rows); ends with <c>accuracy: 0.000 macro-F1: 0.000</c>.
/// </summary>
internal static class AbuseEvalCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model") { Description = "a model written by abuse train", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "labeled CSV file", Required = true };
        var pipeline = new Option<bool>("--pipeline") { Description = "judge with the whole shipped pipeline (offensive = labels include abuse) instead of the model alone" };
        var command = new Command("eval", "Evaluate the abuse model on a labeled CSV file.") { model, input, pipeline };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(model)!, parse.GetValue(input)!, Console.Out, ct, parse.GetValue(pipeline)));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo modelFile, FileInfo input, TextWriter output, CancellationToken ct, bool wholePipeline = false)
    {
        LabelModel model;
        await using (var stream = modelFile.OpenRead()) model = LabelModel.Read(stream);
        var examples = LabeledFileReader.Read(input.FullName, DatasetRole.Test);
        BinaryMetrics m;
        if (wholePipeline)
        {
            // The shipped pipeline runs the model embedded in the library; --model is only read to check the file.
            using var pipeline = ModerationPipeline.CreateDefault();
            m = AbuseEvaluator.Evaluate(pipeline, examples);
        }
        else
        {
            m = AbuseEvaluator.Evaluate(model, new TextNormalizer(), examples);
        }
        var c = CultureInfo.InvariantCulture;
        var judge = wholePipeline ? "judge: pipeline (labels include abuse)" : string.Create(c, $"judge: model, threshold {model.Heads[model.IndexOf(ChatGuard.Classifiers.Verdicts.Labels.Abuse)].ReviewThreshold:0.000}");
        await output.WriteLineAsync(string.Create(c, $"examples: {m.Count} (offensive {m.TruePositives + m.FalseNegatives}) {judge}"));
        await output.WriteLineAsync(string.Create(c, $"offensive precision: {m.PositivePrecision:0.000} recall: {m.PositiveRecall:0.000} F1: {m.PositiveF1:0.000}"));
        await output.WriteLineAsync(string.Create(c, $"safe precision: {m.NegativePrecision:0.000} recall: {m.NegativeRecall:0.000} F1: {m.NegativeF1:0.000}"));
        await output.WriteLineAsync(string.Create(c, $"accuracy: {m.Accuracy:0.000} macro-F1: {m.MacroF1:0.000}"));
        await output.FlushAsync(ct);
        return 0;
    }
}
