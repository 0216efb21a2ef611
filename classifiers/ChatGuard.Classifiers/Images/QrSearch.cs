using System.Diagnostics;
using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Looks for QR codes in a decoded image, pass after pass, until one pass finds any or the time budget is spent.
/// ZBar alone misses codes in photos: too small (under ~3 px per module), blurred, noisy, unevenly lit. Each pass
/// gives it another view of the same pixels. Only one pass reads the whole image; the costly views (upscaled) are
/// made of the regions <see cref="FinderPatternLocator"/> proposes, so an image with nothing QR-like in it costs one
/// ZBar pass at half size, and one with a hard code a few passes over small crops. Sharpened and locally equalised views
/// were measured too (issue #5): they found no code the others missed and were most of the cost of images with false regions.
/// </summary>
internal static class QrSearch
{
    private delegate int Transform(VipsImageHandle input, out VipsImageHandle output);

    /// <param name="Apply">The view to read; null reads the pixels as they are.</param>
    /// <param name="WholeImage">Reads the whole working image rather than the proposed regions.</param>
    /// <param name="Density">ZBar scans every n-th row and column: enough on an upscaled view, whose rows repeat.</param>
    /// <param name="TestInverted">Also read light-on-dark codes; a whole-image pass leaves those to the regions (the locator sees both polarities), as inverting doubles a miss's cost.</param>
    /// <param name="Applies">Whether the pass is worth its cost on this region (the whole image for a whole-image pass).</param>
    private sealed record Pass(string Name, Transform? Apply, bool WholeImage = false, int Density = 1, bool TestInverted = true,
        Func<CodeRegion, bool>? Applies = null);

    /// <summary>Up to this size the whole image is read as it is, which is cheap; above it, at half size.</summary>
    private const long SmallImage = 100_000;

    /// <summary>Regions read per image at most: a photo of a shelf of products may hold a few codes, never dozens.</summary>
    private const int MaxRegions = 6;

    private static readonly Pass[] Passes =
    [
        new("region", null),
        new("as-is", null, WholeImage: true, Applies: static r => (long)r.Width * r.Height <= SmallImage),
        // Averaging 2×2 blocks removes sensor noise and JPEG ringing that break ZBar's edge runs; over the whole image
        // it finds big codes whose finder patterns outgrow the locator's threshold window, at a quarter of the cost.
        new("half", static (VipsImageHandle i, out VipsImageHandle o) => Vips.Shrink(i, out o, 2, 2, 0), WholeImage: true, Density: 2, TestInverted: false,
            Applies: static r => (long)r.Width * r.Height > SmallImage),
        // Codes at 2–3 px per module need more samples per module than ZBar's scanlines get. The locator measures modules
        // along rows, up to √2 too long on a code turned 45°, hence the generous limits.
        new("region-double", static (VipsImageHandle i, out VipsImageHandle o) => Vips.Resize(i, out o, 2.0, 0), Applies: static r => r.ModuleSize < 4.5),
        new("region-triple", static (VipsImageHandle i, out VipsImageHandle o) => Vips.Resize(i, out o, 3.0, 0), Density: 2,
            Applies: static r => r.ModuleSize < 3.2),
        new("region-half", static (VipsImageHandle i, out VipsImageHandle o) => Vips.Shrink(i, out o, 2, 2, 0), Applies: static r => r.ModuleSize >= 3),
    ];

    /// <returns>The decoded texts (distinct, in the order found), the pass that found them, and whether the budget ran out first.</returns>
    public static (List<string> Texts, string? FoundBy, bool TimedOut) Find(DecodedImage image, ImageScanOptions options, long deadline, CancellationToken ct)
    {
        foreach (var ground in image.Grounds)
        {
            using var resized = ToWorkingSize(ground, options.WorkingPixels);
            var working = resized ?? ground;
            var regions = Locate(working);
            var whole = new CodeRegion(0, 0, Vips.ImageGetWidth(working), Vips.ImageGetHeight(working), 0);
            foreach (var pass in Passes)
            {
                var texts = new List<string>();
                foreach (var region in pass.WholeImage ? [whole] : regions)
                {
                    if (pass.Applies is { } applies && !applies(region)) continue;
                    ct.ThrowIfCancellationRequested();
                    if (Stopwatch.GetTimestamp() > deadline) return ([], null, true);
                    texts.AddRange(Read(working, region, pass));
                }
                if (texts.Count > 0) return ([.. texts.Distinct(StringComparer.Ordinal)], pass.Name, false);
            }
        }
        return ([], null, false);
    }

    /// <summary>Local brightness is sampled once per block of this many pixels each way.</summary>
    private const int BackgroundStep = 8;

    /// <summary>Pixels this much darker than their surroundings count as dark, so flat, noisy ground stays light.</summary>
    private const double Contrast = 12;

    private static unsafe List<CodeRegion> Locate(VipsImageHandle working)
    {
        var width = Vips.ImageGetWidth(working);
        var height = Vips.ImageGetHeight(working);
        if (Math.Min(width, height) < 21 + 2 * BackgroundStep) return [];
        using var dark = Threshold(working, width, height);
        var pixels = Vips.ImageGetData(dark);
        if (pixels == 0) throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
        return FinderPatternLocator.Locate(new ReadOnlySpan<byte>((void*)pixels, width * height), width, height, MaxRegions);
    }

    /// <summary>
    /// 255 where a pixel is darker than its surroundings, all in libvips: the mean of each 8×8 block, smoothed over a few
    /// blocks (a window of ~40 px, wider than a finder pattern's centre at the module sizes ZBar cannot read unaided),
    /// lowered by <see cref="Contrast"/> and blown back up to full size.
    /// </summary>
    private static VipsImageHandle Threshold(VipsImageHandle working, int width, int height)
    {
        using var blocks = VipsGreyDecoder.Check(Vips.Shrink(working, out var s, BackgroundStep, BackgroundStep, 0), s);
        using var smooth = VipsGreyDecoder.Check(Vips.GaussBlur(blocks, out var g, 1.5, 0), g);
        using var lowered = VipsGreyDecoder.Check(Vips.Linear1(smooth, out var l, 1, -Contrast, "uchar", 1, 0), l);
        using var zoomed = VipsGreyDecoder.Check(Vips.Zoom(lowered, out var z, BackgroundStep, BackgroundStep, 0), z);
        using var background = VipsGreyDecoder.Check(Vips.Embed(zoomed, out var e, 0, 0, width, height, "extend", Vips.ExtendCopy, 0), e);
        return VipsGreyDecoder.Check(Vips.Less(working, background, out var d, 0), d);
    }

    private static List<string> Read(VipsImageHandle working, CodeRegion region, Pass pass)
    {
        using var crop = pass.WholeImage ? null
            : VipsGreyDecoder.Check(Vips.ExtractArea(working, out var c, region.X, region.Y, region.Width, region.Height, 0), c);
        var source = crop ?? working;
        if (pass.Apply is null) return ZbarQrReader.Read(source, pass.Density, pass.TestInverted);
        using var view = VipsGreyDecoder.Check(pass.Apply(source, out var v), v);
        return ZbarQrReader.Read(view, pass.Density, pass.TestInverted);
    }

    /// <summary>The ground itself when it is within the working size (null), else a reduced copy in memory.</summary>
    private static VipsImageHandle? ToWorkingSize(VipsImageHandle ground, long workingPixels)
    {
        var pixels = (long)Vips.ImageGetWidth(ground) * Vips.ImageGetHeight(ground);
        if (pixels <= workingPixels) return null;
        var reduced = VipsGreyDecoder.Check(Vips.Resize(ground, out var working, Math.Sqrt((double)workingPixels / pixels), 0), working);
        if (Vips.ImageGetData(reduced) != 0) return reduced;
        reduced.Dispose();
        throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
    }
}
