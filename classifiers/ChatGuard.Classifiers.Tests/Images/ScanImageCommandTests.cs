using System.Text.Json;
using ChatGuard.Classifiers.Images;
using ChatGuard.Cli.Commands;

namespace ChatGuard.Classifiers.Tests.Images;

public sealed class ScanImageCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("scan-image-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_one_line_per_file_judging_content_not_names_and_fails_on_unreadable_files()
    {
        var qr = Write("photo.jpg", TestImages.CleanQrPng("weixin: kefu_8888")); // a PNG named .jpg
        var clean = Write("plain.png", TestImageEncoder.Encode(new GreyCanvas(64, 64).PaintPhotoBackground(new Random(1)), ImageFormat.WebP));
        var text = Write("notes.png", "just some text"u8.ToArray());
        var missing = Path.Combine(_dir, "missing.gif");
        var output = new StringWriter();

        var code = await ScanImageCommand.RunAsync(QrImageScanner.CreateDefault(), new ImageScanOptions(), null, [qr, clean, text, missing], output, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(qr, lines[0].GetProperty("file").GetString());
        Assert.Equal("qr_code", lines[0].GetProperty("labels")[0].GetString());
        var found = lines[0].GetProperty("codes")[0];
        Assert.Equal("weixin: kefu_8888", found.GetProperty("text").GetString());
        Assert.True(found.GetProperty("contact_diversion").GetBoolean());
        Assert.Equal(0, lines[1].GetProperty("labels").GetArrayLength());
        Assert.Equal(0, lines[1].GetProperty("codes").GetArrayLength());
        Assert.False(lines[1].TryGetProperty("error", out _));
        Assert.Equal(text, lines[2].GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(lines[2].GetProperty("error").GetString()));
        Assert.False(lines[2].TryGetProperty("labels", out _));
        Assert.False(string.IsNullOrEmpty(lines[3].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Exits_zero_when_every_file_was_read()
    {
        var output = new StringWriter();

        var code = await ScanImageCommand.RunAsync(QrImageScanner.CreateDefault(), new ImageScanOptions(), null,
            [Write("a.gif", TestImageEncoder.Encode(new GreyCanvas(32, 32), ImageFormat.Gif))], output, CancellationToken.None);

        Assert.Equal(0, code);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
