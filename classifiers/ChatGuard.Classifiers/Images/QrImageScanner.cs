using System.Diagnostics;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// C1 for images: every QR code is third-party information (<c>qr_code</c>), and its decoded text goes through the
/// text pipeline so a code that hides an off-platform link or IM contact is <c>contact_diversion</c> as well.
/// C10: only PNG, JPEG, WebP and GIF by content, within the dimension and frame limits, are accepted; animated GIF
/// and WebP are scanned frame by frame, animated PNG is refused. Thread-safe.
/// </summary>
public sealed class QrImageScanner(IModerationPipeline pipeline, PolicyProfileCatalog profiles, ImageScanOptions options) : IImageScanner
{
    /// <summary>The scanner as shipped: the default text pipeline and the built-in profiles.</summary>
    public static QrImageScanner CreateDefault(ImageScanOptions? options = null) =>
        new(ModerationPipeline.CreateDefault(), PolicyProfileCatalog.LoadBuiltIn(), options ?? new ImageScanOptions());

    public ImageScanResult Scan(ReadOnlySpan<byte> image, string? profile = null, CancellationToken cancellationToken = default)
    {
        var policy = profiles.Get(profile);
        return Scan(image, policy, cancellationToken).Result;
    }

    /// <summary>The scan, and which pass found the codes (for measuring the passes).</summary>
    internal (ImageScanResult Result, string? FoundBy) Scan(ReadOnlySpan<byte> image, PolicyProfile policy, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(options.TimeBudget.TotalSeconds * Stopwatch.Frequency);
        if (image.Length > options.MaxBytes)
            return (ImageScanResult.Rejected(ImageRejection.TooLarge, $"larger than {options.MaxBytes} bytes"), null);
        var format = ImageSniffer.Sniff(image);
        if (format is null)
            return (ImageScanResult.Rejected(ImageRejection.UnsupportedType, "not a PNG, JPEG, WebP or GIF image"), null);
        if (!CompleteContainer.Holds(image, format.Value))
            return (ImageScanResult.Rejected(ImageRejection.Unreadable, "the file ends before its image does", format), null);
        try
        {
            var texts = new List<string>();
            string? foundBy = null;
            var timedOut = false;
            // C1: every frame of an animation is scanned, all within the one time budget; a frame left unscanned is
            // an incomplete scan, held for a person like any other.
            var (width, height, frames) = VipsGreyDecoder.Decode(image, format.Value, options, frame =>
            {
                var (found, by, outOfTime) = QrSearch.Find(frame, options, deadline, ct);
                texts.AddRange(found);
                foundBy ??= by;
                timedOut = outOfTime;
                return !outOfTime;
            });
            var codes = texts.Distinct(StringComparer.Ordinal).Select(t => new ImageCode(t, pipeline.Scan(t, policy.Name))).ToList();
            return (Judge(format.Value, width, height, frames, codes, timedOut, policy), foundBy);
        }
        catch (ImageRejectedException e)
        {
            return (ImageScanResult.Rejected(e.Rejection, e.Message, format), null);
        }
    }

    private static ImageScanResult Judge(ImageFormat format, int width, int height, int frames, List<ImageCode> codes, bool timedOut, PolicyProfile policy)
    {
        var labels = new List<string>();
        var action = ModerationAction.Allow;
        if (codes.Count > 0)
        {
            labels.Add(Labels.QrCode);
            action = policy.ActionFor(Labels.QrCode);
            if (codes.Exists(c => c.ContactDiversion)) labels.Add(Labels.ContactDiversion);
            foreach (var code in codes)
                if (code.TextVerdict.Action > action) action = code.TextVerdict.Action;
        }
        else if (timedOut)
        {
            // Not fully scanned: a person decides rather than letting a possible code through.
            action = ModerationAction.Review;
        }
        return new ImageScanResult(format, width, height, labels, codes, action, TimedOut: timedOut, Profile: policy.Name, ProfileVersion: policy.Version,
            Frames: frames);
    }
}
