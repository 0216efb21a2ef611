using System.CommandLine;
using System.Text.Json;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// <c>chatguard scan-image FILE...</c>: one JSON line per file with its QR codes (C1), or an error line for a file
/// that is not a readable PNG, JPEG, WebP or GIF (C10). Exit status 1 when any file could not be read.
/// </summary>
internal static class ScanImageCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "image files (type decided by content, not name)" };
        var profile = new Option<string?>("--profile") { Description = "policy profile (feige, kuaishou-import, tiktok-shop, course)" };
        var command = new Command("scan-image", "Find QR codes in images and judge their text.") { files, profile };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ImageScanOptions();
            var scanner = QrImageScanner.CreateDefault(options);
            var name = parse.GetValue(profile);
            if (name is not null && !ModerationPipeline.CreateDefault().Profiles.Contains(name))
            {
                await Console.Error.WriteLineAsync($"error: unknown profile '{name}'");
                return 2;
            }
            return await RunAsync(scanner, options, name, parse.GetValue(files) ?? [], Console.Out, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(IImageScanner scanner, ImageScanOptions options, string? profile, IEnumerable<string> files, TextWriter output, CancellationToken ct)
    {
        var allRead = true;
        foreach (var file in files)
        {
            var line = await ScanFileAsync(scanner, options, profile, file, ct);
            allRead &= line.Error is null;
            await output.WriteLineAsync(JsonSerializer.Serialize(line, ScanResult.JsonOptions));
        }
        await output.FlushAsync(ct);
        return allRead ? 0 : 1;
    }

    private static async Task<ScanImageLine> ScanFileAsync(IImageScanner scanner, ImageScanOptions options, string? profile, string file, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists) return ScanImageLine.Failed(file, "no such file");
            if (info.Length > options.MaxBytes) return ScanImageLine.Failed(file, $"file is larger than {options.MaxBytes} bytes");
            var bytes = await File.ReadAllBytesAsync(file, ct);
            return ScanImageLine.From(file, scanner.Scan(bytes, profile, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The contract: a file that cannot be scanned gets an error line, never a crash of the whole run.
            return ScanImageLine.Failed(file, e.Message);
        }
    }
}
