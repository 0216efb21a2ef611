using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

/// <summary>
/// A small corpus made up for the tests: abuse and counterfeit messages use their own vocabularies, legitimate
/// ones another; each message belongs to one of a few families per kind, in two languages.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Abusive = ["坏蛋", "混账", "讨厌鬼", "rotten", "nasty", "vile"];
    private static readonly string[] Fake = ["山寨货", "仿冒品", "假冒牌", "knockoff", "bootleg", "phony"];
    private static readonly string[] Clean = ["发货", "尺码", "包装", "parcel", "colour", "invoice"];
    private static readonly string[] Filler = ["今天", "这个", "我们", "请问", "the", "and", "店里"];

    public static List<CorpusMessage> Make(int count, int seed)
    {
        var random = new Random(seed);
        var messages = new List<CorpusMessage>(count);
        for (var i = 0; i < count; i++)
        {
            var (words, labels, technique) = (i % 4) switch
            {
                0 => (Abusive, new[] { Labels.Abuse }, "insult"),
                1 => (Fake, [Labels.Counterfeit], "fake"),
                _ => (Clean, Array.Empty<string>(), "benign"),
            };
            var text = $"{Filler[random.Next(Filler.Length)]}{words[random.Next(words.Length)]}{Filler[random.Next(Filler.Length)]} {words[random.Next(words.Length)]} {i}";
            var label = labels.Length == 0 ? "none" : labels[0];
            var lang = i % 3 == 0 ? "en" : "zh-Hans";
            var family = $"{technique}-{i % 5}/{label}/{lang}";
            messages.Add(new CorpusMessage($"t{i}", text, labels, i % 2 == 0 ? SenderRole.Buyer : SenderRole.Agent, lang, family));
        }
        return messages;
    }
}
