using ChatGuard.Cli.Commands;

namespace ChatGuard.Classifiers.Tests;

public class EvalCommandTests
{
    [Fact]
    public async Task Prints_per_label_scores_and_ends_with_the_micro_line()
    {
        var input = new StringReader(string.Join('\n',
            """{"id":"1","text":"加我微信 abc_12345","labels":["contact_diversion"]}""",
            """{"id":"2","text":"请问什么时候发货？","labels":[]}""",
            """{"id":"3","text":"高仿包包","labels":["counterfeit","impersonation"]}""",
            "not json",
            """{"id":"4","text":"no labels field"}"""));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await EvalCommand.RunAsync(LabelAssert.Pipeline, null, input, output, error, listErrors: false, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains(lines, l => l.StartsWith("contact_diversion", StringComparison.Ordinal) && l.Contains("1.000"));
        Assert.Contains(lines, l => l.StartsWith("impersonation", StringComparison.Ordinal) && l.Contains("0.000"));
        // 2 of 3 gold labels found, no false positive: P = 1, R = 2/3, F1 = 0.8
        Assert.Equal("micro-F1: 0.800 precision: 1.000 recall: 0.667", lines[^1]);
        Assert.Contains("line 4:", error.ToString());
        Assert.Contains("line 5:", error.ToString());
    }
}
