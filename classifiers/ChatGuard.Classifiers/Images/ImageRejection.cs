namespace ChatGuard.Classifiers.Images;

/// <summary>Why an upload could not be scanned; an unscanned image is never deliverable (C1, C10).</summary>
public enum ImageRejection
{
    /// <summary>Not PNG, JPEG, WebP or GIF by its content.</summary>
    UnsupportedType,
    /// <summary>Its header claims more pixels than the limits allow (a decompression bomb, or just too big).</summary>
    TooLarge,
    /// <summary>A supported type, but truncated or corrupt.</summary>
    Unreadable,
}
