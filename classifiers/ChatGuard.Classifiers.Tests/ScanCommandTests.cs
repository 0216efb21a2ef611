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

    [Fact]
    public async Task Reads_the_senders_role_and_names_the_line_of_an_unknown_one()
    {
        var input = new StringReader(
            "{\"id\":\"a\",\"text\":\"已经给你们五星好评了，好评返现呢\",\"role\":\"buyer\"}\n" +
            "{\"id\":\"b\",\"text\":\"好评返现\",\"role\":\"merchant\"}\n" +
            "{\"id\":\"c\",\"text\":\"好评返现\",\"role\":\"agent\"}\n");
        var output = new StringWriter();
        var error = new StringWriter();

        await ScanCommand.RunAsync(ModerationPipeline.CreateDefault(), null, input, output, error, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var buyer = JsonDocument.Parse(lines[0]);
        Assert.Equal("allow", buyer.RootElement.GetProperty("action").GetString());
        using var agent = JsonDocument.Parse(lines[1]);
        Assert.Equal("c", agent.RootElement.GetProperty("id").GetString());
        Assert.Equal("review_solicitation", agent.RootElement.GetProperty("labels")[0].GetString());
        Assert.StartsWith("line 2:", error.ToString());
        Assert.Contains("role", error.ToString());
    }
}
