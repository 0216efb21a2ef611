using System.Text.Json;
using ChatGuard.Classifiers;
using ChatGuard.Cli.Commands;

namespace ChatGuard.Classifiers.Tests;

public class ScanCommandTests
{
    [Fact]
    public async Task Writes_one_line_per_input_and_reports_bad_lines_by_number()
    {
        var input = new StringReader("{\"id\":\"a\",\"text\":\"你好\",\"extra\":1}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"打 13812345678\"}\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(ModerationPipeline.CreateDefault(), null, input, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("allow", first.RootElement.GetProperty("action").GetString());
        Assert.Equal(0, first.RootElement.GetProperty("labels").GetArrayLength());
        using var last = JsonDocument.Parse(lines[1]);
        Assert.Equal("contact_diversion", last.RootElement.GetProperty("labels")[0].GetString());
        Assert.Contains("***********", last.RootElement.GetProperty("masked").GetString());
        var errors = error.ToString();
        Assert.Contains("line 2:", errors);
        Assert.Contains("line 3:", errors);
    }
}
