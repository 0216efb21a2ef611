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
            new AbuseTrainerOptions { HashBits = 14, Epochs = 3 });
        var evaluated = await AbuseEvalCommand.RunAsync(model, new FileInfo(test), output, CancellationToken.None);

        Assert.Equal(0, trained);
        Assert.True(model.Length > 0);
        Assert.Contains("epoch 3/3", progress.ToString());
        Assert.Contains("100%", progress.ToString());
        Assert.Equal(0, evaluated);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        var match = Regex.Match(last, @"^accuracy: (\d\.\d{3}) macro-F1: (\d\.\d{3})$");
        Assert.True(match.Success, last);
        Assert.Equal("1.000", match.Groups[1].Value);
    }
}
