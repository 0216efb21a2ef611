namespace ChatGuard.Classifiers.Images;

/// <summary>Limits that keep one image's scan bounded in memory and time.</summary>
public sealed class ImageScanOptions
{
    /// <summary>Largest file accepted; an upload endpoint may set a lower limit of its own.</summary>
    public long MaxBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Largest width or height a header may claim; checked before any pixel is decoded.</summary>
    public int MaxSide { get; set; } = 12_000;

    /// <summary>Largest width × height a header may claim; checked before any pixel is decoded.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Most frames an animated GIF or WebP may have; every frame is scanned (C1), so more are refused.</summary>
    public int MaxFrames { get; set; } = 100;

    /// <summary>Largest width × height × frames of an animation: bounds the decode time of all its frames together.</summary>
    public long MaxAnimationPixels { get; set; } = 40_000_000;

    /// <summary>Bigger images are scanned at this many pixels (a phone photo is ~12 MP; a QR meant to be read is not tiny in it).</summary>
    public long WorkingPixels { get; set; } = 4_000_000;

    /// <summary>After this, no further scan passes start; the result says it is incomplete.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(2);
}
