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

        var code = await TrainCommand.RunAsync(corpus, [], [], _dir, folds: 2, new LabelModelTrainerOptions { HashBits = 14, Iterations = 5 }, console, CancellationToken.None);

        Assert.Equal(0, code);
        await using var stream = File.OpenRead(Path.Combine(_dir.FullName, "labels.model"));
        var model = LabelModel.Read(stream);
        Assert.Equal(labels, model.Heads.Select(h => h.Label));
        Assert.All(model.Heads, h => Assert.InRange(h.ReviewThreshold, 0.5f, h.BlockThreshold));
        Assert.All(model.Heads, h => Assert.True(h.BlockThreshold >= 0.9f));
        Assert.Contains("review_solicitation", console.ToString());
    }
}
