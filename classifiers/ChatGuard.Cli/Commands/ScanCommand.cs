using System.CommandLine;
using System.Text.Json;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Cli.Commands;

/// <summary><c>chatguard scan [--profile NAME] [--lexicons DIR]</c>: JSON lines in, one verdict line out per input line.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var profile = new Option<string?>("--profile") { Description = "policy profile (feige, kuaishou-import, tiktok-shop, course)" };
        var lexicons = new Option<DirectoryInfo?>("--lexicons") { Description = "directory of term lists overriding the built-in ones (reloaded on change)" };
        var command = new Command("scan", "Scan JSON lines {\"id\",\"text\",\"role\"} (role optional: buyer, agent, bot) from standard input.") { profile, lexicons };
        command.SetAction(async (parse, ct) =>
        {
            using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: parse.GetValue(lexicons)?.FullName);
            var name = parse.GetValue(profile);
            if (name is not null && !pipeline.Profiles.Contains(name))
            {
                await Console.Error.WriteLineAsync($"error: unknown profile '{name}' (known: {string.Join(", ", pipeline.Profiles)})");
                return 2;
            }
            return await RunAsync(pipeline, name, Console.In, Console.Out, Console.Error, ct);
        });
        return command;
    }

    /// <summary>Bad lines get an error on <paramref name="error"/> naming the line number; scanning goes on.</summary>
    public static async Task<int> RunAsync(IModerationPipeline pipeline, string? profile, TextReader input, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var lineNumber = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!ScanInputLine.TryParse(line, out var id, out var text, out var role, out var problem))
            {
                await error.WriteLineAsync($"line {lineNumber}: {problem}");
                continue;
            }
            var verdict = pipeline.Scan(pipeline.Normalize(text), new ScanOptions(profile, role));
            await output.WriteLineAsync(JsonSerializer.Serialize(ScanResult.From(verdict, id), ScanResult.JsonOptions));
        }
        await output.FlushAsync(ct);
        return 0;
    }
}
