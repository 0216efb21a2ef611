using System.Text.Json;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Training;
using ChatGuard.Cli.Commands;

namespace ChatGuard.Classifiers.Tests.Learned;

public sealed class TrainCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("chatguard-train-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Fits_every_learned_head_on_a_corpus_file_and_writes_a_model_with_calibrated_thresholds()
    {
        // Every learned label needs examples: the generated abuse/counterfeit lines, relabelled per label.
        var labels = CalibratedTraining.LearnedLabels;
        var lines = GeneratedCorpus.Make(700, 8).Select((m, i) => m.IsLegitimate ? m : m with { Labels = [labels[i % labels.Count]], Family = $"{labels[i % labels.Count]}-{i % 3}/x/zh-Hans" })
            .Select(m => JsonSerializer.Serialize(new { id = m.Id, text = m.Text, labels = m.Labels, role = m.Role.ToString().ToLowerInvariant(), lang = m.Language, family = m.Family }));
        var corpus = new FileInfo(Path.Combine(_dir.FullName, "corpus.jsonl"));
        await File.WriteAllLinesAsync(corpus.FullName, lines);
        var console = new StringWriter();

        var scores = new FileInfo(Path.Combine(_dir.FullName, "not-yet-made", "scores.tsv")); // a folder the command makes

        var code = await TrainCommand.RunAsync(corpus, [], [], _dir, folds: 2, new LabelModelTrainerOptions { HashBits = 14, Iterations = 5 }, console, CancellationToken.None, scores);

        Assert.Equal(0, code);
        await using var stream = File.OpenRead(Path.Combine(_dir.FullName, "labels.model"));
        var model = LabelModel.Read(stream);
        Assert.Equal([.. labels, SenderRoleReader.HeadLabel], model.Heads.Select(h => h.Label));
        Assert.All(model.Heads, h => Assert.InRange(h.ReviewThreshold, 0.5f, h.BlockThreshold));
        Assert.All(model.Heads, h => Assert.True(h.BlockThreshold >= 0.9f));
        Assert.Contains("review_solicitation", console.ToString());
        // Every message once, legitimate or not, scored by the calibration fold that held its family out.
        var rows = (await File.ReadAllLinesAsync(scores.FullName)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["id", "family", "fold", "labels", .. labels, SenderRoleReader.HeadLabel], rows[0]);
        Assert.Equal(700, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        Assert.All(rows.Skip(1), r => Assert.Equal(5 + labels.Count, r.Length));
        Assert.Contains(rows.Skip(1), r => r[3].Length > 0);
    }
}
