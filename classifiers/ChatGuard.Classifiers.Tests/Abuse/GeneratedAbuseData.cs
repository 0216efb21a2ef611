using System.Text;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>Small labeled data made up for the tests: offensive rows use one vocabulary, safe rows another.</summary>
internal static class GeneratedAbuseData
{
    private static readonly string[] Offensive = ["坏蛋", "混账", "讨厌鬼", "rotten", "nasty", "vile"];
    private static readonly string[] Safe = ["发货", "尺码", "包装", "parcel", "colour", "invoice"];
    private static readonly string[] Filler = ["今天", "这个", "我们", "请问", "the", "and", "店里"];

    public static List<LabeledText> Make(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<LabeledText>(count);
        for (var i = 0; i < count; i++)
        {
            var offensive = i % 2 == 0;
            var words = offensive ? Offensive : Safe;
            var text = $"{Filler[random.Next(Filler.Length)]}{words[random.Next(words.Length)]}{Filler[random.Next(Filler.Length)]} {words[random.Next(words.Length)]} {i}";
            rows.Add(new LabeledText(text, offensive));
        }
        return rows;
    }

    /// <summary>The rows in the COLD layout (UTF-8 with BOM), as abuse train and eval read them.</summary>
    public static string WriteColdCsv(IEnumerable<LabeledText> rows, string directory, string name)
    {
        var path = Path.Combine(directory, name);
        var csv = new StringBuilder(",split,topic,label,TEXT\n");
        var index = 0;
        foreach (var row in rows) csv.Append($"{index++},train,race,{(row.Offensive ? 1 : 0)},\"{row.Text.Replace("\"", "\"\"")}\"\n");
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
