using System.ComponentModel.DataAnnotations;
using ChatGuard.Classifiers.Images;

namespace ChatGuard.Gateway.Attachments;

/// <summary>The <c>ChatGuard:Attachments</c> section: limits on uploaded images (C10), checked before decoding.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "ChatGuard:Attachments";

    /// <summary>Largest upload body (the image itself, or the file part of a multipart form).</summary>
    [Range(1024, 64L * 1024 * 1024)] public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest width or height an image header may claim.</summary>
    [Range(16, 65_535)] public int MaxSide { get; set; } = 12_000;

    /// <summary>Largest width × height an image header may claim (decompression bombs are refused from the header).</summary>
    [Range(256, 200_000_000)] public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>After this many milliseconds no further scan pass starts; an incomplete scan is held for review.</summary>
    [Range(100, 60_000)] public int ScanBudgetMs { get; set; } = 2000;

    /// <summary>Most frames an animated GIF or WebP may have; each is scanned (C1).</summary>
    [Range(1, 1000)] public int MaxFrames { get; set; } = 100;

    /// <summary>Largest width × height × frames of an animation.</summary>
    [Range(256, 200_000_000)] public long MaxAnimationPixels { get; set; } = 40_000_000;

    /// <summary>Images decoded at once by this process: half the cores, so the chat always keeps the other half.</summary>
    [Range(1, 256)] public int MaxConcurrentScans { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Uploads one user may have in flight; more are refused with 429 before their bodies are read.</summary>
    [Range(1, 64)] public int MaxConcurrentScansPerUser { get; set; } = 1;

    /// <summary>Uploads that may wait for a decode slot; more are refused with 503.</summary>
    [Range(0, 1024)] public int ScanQueueLength { get; set; } = 8;

    /// <summary>Longest wait for a decode slot before the upload is refused with 503.</summary>
    [Range(100, 120_000)] public int ScanQueueTimeoutMs { get; set; } = 10_000;

    public ImageScanOptions ToScanOptions() => new()
    {
        MaxBytes = MaxBytes,
        MaxSide = MaxSide,
        MaxPixels = MaxPixels,
        MaxFrames = MaxFrames,
        MaxAnimationPixels = MaxAnimationPixels,
        TimeBudget = TimeSpan.FromMilliseconds(ScanBudgetMs),
    };
}
