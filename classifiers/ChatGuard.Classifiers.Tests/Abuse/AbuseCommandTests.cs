using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Training;
using ChatGuard.Cli.Commands;

namespace ChatGuard.Classifiers.Tests.Abuse;

public sealed class AbuseCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("chatguard-abuse-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Train_writes_a_model_and_eval_ends_with_accuracy_and_macro_F1()
    {
        var train = GeneratedAbuseData.WriteColdCsv(GeneratedAbuseData.Make(300, 4), _dir.FullName, "train.csv");
        var dev = GeneratedAbuseData.WriteColdCsv(GeneratedAbuseData.Make(80, 5), _dir.FullName, "dev.csv");
        var test = GeneratedAbuseData.WriteColdCsv(GeneratedAbuseData.Make(80, 6), _dir.FullName, "test.csv");
        var model = new FileInfo(Path.Combine(_dir.FullName, "abuse.model"));
        var progress = new StringWriter();
        var output = new StringWriter();

        var trained = await AbuseTrainCommand.RunAsync([new FileInfo(train)], [new FileInfo(dev)], model, progress, CancellationToken.None,
            new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 });
        var evaluated = await AbuseEvalCommand.RunAsync(model, new FileInfo(test), output, CancellationToken.None);

        Assert.Equal(0, trained);
        Assert.True(model.Length > 0);
        Assert.Matches(@"review threshold: 0\.\d{3} block threshold: \d\.\d{3}", progress.ToString());
        Assert.Equal(0, evaluated);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        var match = Regex.Match(last, @"^accuracy: (\d\.\d{3}) macro-F1: (\d\.\d{3})$");
        Assert.True(match.Success, last);
        Assert.Equal("1.000", match.Groups[1].Value);
    }

    [Fact]
    public async Task Eval_through_the_pipeline_counts_a_text_offensive_when_it_is_labeled_abuse()
    {
        var rows = new[]
        {
            new ChatGuard.Classifiers.Training.Data.LabeledText("傻逼客服，退钱", true),
            new ChatGuard.Classifiers.Training.Data.LabeledText("请问什么时候发货", false),
            new ChatGuard.Classifiers.Training.Data.LabeledText("Go to hell, you scammers", true),
            new ChatGuard.Classifiers.Training.Data.LabeledText("这个垃圾袋结实吗", false),
        };
        var input = GeneratedAbuseData.WriteColdCsv(rows, _dir.FullName, "chat.csv");
        var model = new FileInfo(Path.Combine(_dir.FullName, "shipped.model"));
        await using (var stream = model.Create()) ChatGuard.Classifiers.Detection.Learned.LabelModel.LoadBuiltIn().Write(stream);
        var output = new StringWriter();

        await AbuseEvalCommand.RunAsync(model, new FileInfo(input), output, CancellationToken.None, wholePipeline: true);

        Assert.Contains("judge: pipeline", output.ToString());
        Assert.EndsWith("accuracy: 1.000 macro-F1: 1.000", output.ToString().TrimEnd());
    }
}
