namespace ChatGuard.Classifiers.Images;

/// <summary>The image types a chat participant may send (C10: every other type is refused).</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
    /// <summary>Only the first frame is scanned: it is what every client shows before animation starts.</summary>
    Gif,
}
