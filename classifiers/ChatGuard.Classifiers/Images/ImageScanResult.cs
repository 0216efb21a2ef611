using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// The judgement of one image: <c>qr_code</c> when any QR code was found, <c>contact_diversion</c> as well when
/// a code's text is third-party contact information (C1), and the action the profile gives that.
/// <see cref="Profile"/> and its version judged it (S13); <see cref="Frames"/> is how many frames were in the file. A rejected image carries <see cref="Rejection"/> and <see cref="Error"/> and is blocked (C10).
/// </summary>
public sealed record ImageScanResult(
    ImageFormat? Format,
    int Width,
    int Height,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ImageCode> Codes,
    ModerationAction Action,
    ImageRejection? Rejection = null,
    string? Error = null,
    bool TimedOut = false,
    string Profile = "",
    string ProfileVersion = "",
    int Frames = 1)
{
    public bool IsReadable => Rejection is null;

    public static ImageScanResult Rejected(ImageRejection rejection, string error, ImageFormat? format = null) =>
        new(format, 0, 0, [], [], ModerationAction.Block, rejection, error);
}
