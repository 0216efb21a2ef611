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

    public ImageScanOptions ToScanOptions() => new()
    {
        MaxBytes = MaxBytes,
        MaxSide = MaxSide,
        MaxPixels = MaxPixels,
        TimeBudget = TimeSpan.FromMilliseconds(ScanBudgetMs),
    };
}
