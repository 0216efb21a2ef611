namespace ChatGuard.Classifiers.Images;

/// <summary>The one seam the gateway and the CLI call for images: sniff, check limits, decode, find QR codes.</summary>
public interface IImageScanner
{
    /// <summary>Scans one image file's bytes. Never throws for bad input: the result carries the rejection.</summary>
    /// <param name="profile">The policy profile for the codes' text verdicts and the action; null means the default.</param>
    /// <exception cref="UnknownProfileException">The profile name is not one the pipeline knows.</exception>
    ImageScanResult Scan(ReadOnlySpan<byte> image, string? profile = null, CancellationToken cancellationToken = default);
}
