using System.Diagnostics;
using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Looks for QR codes in a decoded image, pass after pass, until one pass finds any or the time budget is spent.
/// ZBar alone misses codes in photos: too small (under ~3 px per module), blurred, noisy, unevenly lit.
/// Each pass gives it another view of the same pixels; the cheap, most productive views come first.
/// </summary>
internal static class QrSearch
{
    private delegate int Transform(VipsImageHandle input, out VipsImageHandle output);

    /// <param name="Density">ZBar scans every n-th row and column: enough on an upscaled view, whose rows repeat.</param>
    private sealed record Pass(string Name, Func<int, int, bool> Applies, Transform Apply, int Density = 1);

    private const long SmallImage = 1_500_000;

    private static readonly Pass[] Passes =
    [
        new("as-is", static (_, _) => true, static (VipsImageHandle i, out VipsImageHandle o) => Copy(i, out o)),
        // Averaging 2×2 blocks removes sensor noise and JPEG ringing that break ZBar's edge runs; it costs a quarter pass.
        new("half", static (w, h) => Math.Min(w, h) >= 120, static (VipsImageHandle i, out VipsImageHandle o) => Vips.Resize(i, out o, 0.5, 0)),
        // Codes at 2–3 px per module (less along a rotated axis) need more samples per module than ZBar's scanlines get.
        new("double", static (w, h) => (long)w * h <= SmallImage, static (VipsImageHandle i, out VipsImageHandle o) => Vips.Resize(i, out o, 2.0, 0)),
        // Restores module edges softened by blur or scaling.
        new("sharpen", static (_, _) => true, static (VipsImageHandle i, out VipsImageHandle o) => Vips.Sharpen(i, out o, 0)),
        new("triple", static (w, h) => (long)w * h <= SmallImage, static (VipsImageHandle i, out VipsImageHandle o) => Vips.Resize(i, out o, 3.0, 0), Density: 2),
        // Local histogram equalisation evens out shadows and glare across the code.
        new("local-contrast", static (w, h) => Math.Min(w, h) >= 128, static (VipsImageHandle i, out VipsImageHandle o) => Vips.HistLocal(i, out o, 64, 64, 0)),
    ];

    private static int Copy(VipsImageHandle input, out VipsImageHandle output)
    {
        output = Vips.ImageCopyMemory(input);
        return output.IsInvalid ? -1 : 0;
    }

    /// <returns>The decoded texts (distinct, in the order found), the pass that found them, and whether the budget ran out first.</returns>
    public static (List<string> Texts, string? FoundBy, bool TimedOut) Find(DecodedImage image, ImageScanOptions options, long deadline, CancellationToken ct)
    {
        foreach (var ground in image.Grounds)
        {
            using var working = ToWorkingSize(ground, options.WorkingPixels);
            var width = Vips.ImageGetWidth(working);
            var height = Vips.ImageGetHeight(working);
            foreach (var pass in Passes)
            {
                ct.ThrowIfCancellationRequested();
                if (Stopwatch.GetTimestamp() > deadline) return ([], null, true);
                if (!pass.Applies(width, height)) continue;
                using var view = VipsGreyDecoder.Check(pass.Apply(working, out var o), o);
                var texts = ZbarQrReader.Read(view, Vips.ImageGetWidth(view), Vips.ImageGetHeight(view), pass.Density);
                if (texts.Count > 0) return ([.. texts.Distinct(StringComparer.Ordinal)], pass.Name, false);
            }
        }
        return ([], null, false);
    }

    private static VipsImageHandle ToWorkingSize(VipsImageHandle ground, long workingPixels)
    {
        var pixels = (long)Vips.ImageGetWidth(ground) * Vips.ImageGetHeight(ground);
        var scale = pixels <= workingPixels ? 1.0 : Math.Sqrt((double)workingPixels / pixels);
        var rc = scale == 1.0 ? Copy(ground, out var working) : Vips.Resize(ground, out working, scale, 0);
        return VipsGreyDecoder.Check(rc, working);
    }
}
