using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Decodes an allowed image to grey with libvips. The loader reads only the header first; the dimension limits are
/// checked on it before a single pixel is decoded, so a small file claiming 100000×100000 costs nothing (C10).
/// </summary>
internal static unsafe class VipsGreyDecoder
{
    public static DecodedImage Decode(ReadOnlySpan<byte> data, ImageFormat format, ImageScanOptions limits)
    {
        VipsRuntime.EnsureStarted();
        fixed (byte* p = data)
        {
            // Every lazy image below points into `data`; all are copied to memory or released inside this block.
            using var header = Load(p, (nuint)data.Length, format);
            var width = Vips.ImageGetWidth(header);
            var height = Vips.ImageGetHeight(header);
            if (width <= 0 || height <= 0) throw new ImageRejectedException(ImageRejection.Unreadable, "image has no pixels");
            if (width > limits.MaxSide || height > limits.MaxSide || (long)width * height > limits.MaxPixels)
                throw new ImageRejectedException(ImageRejection.TooLarge,
                    $"{width}x{height} exceeds the limits ({limits.MaxSide} per side, {limits.MaxPixels} pixels)");

            using var grey = Check(Vips.Colourspace(header, out var g, Vips.InterpretationBlackWhite, 0), g);
            // 16-bit PNGs keep their high byte; 8-bit images pass through unchanged.
            var shift = Vips.ImageGetFormat(grey) == Vips.FormatUChar ? 0 : 1;
            // The one decode: the loader streams its pixels once, in order, into memory.
            var decoded = ToMemory(Check(Vips.Cast(grey, out var b, Vips.FormatUChar, "shift", shift, 0), b));
            if (Vips.ImageGetBands(decoded) == 1) return new DecodedImage(width, height, [decoded]);
            using (decoded)
            {
                // GIF and some PNG and WebP files carry an alpha band that is opaque everywhere: one ground is enough.
                if (IsOpaque(decoded)) return new DecodedImage(width, height, [ToMemory(Check(Vips.ExtractBand(decoded, out var luminance, 0, 0), luminance))]);
                var onWhite = ToMemory(Flatten(decoded, 255));
                try
                {
                    return new DecodedImage(width, height, [onWhite, ToMemory(Flatten(decoded, 0))]);
                }
                catch
                {
                    onWhite.Dispose();
                    throw;
                }
            }
        }
    }

    private static VipsImageHandle Load(byte* p, nuint length, ImageFormat format)
    {
        // Sequential access streams the decode; failing on truncation refuses a file no client can show whole.
        VipsImageHandle image;
        var rc = format switch
        {
            ImageFormat.Png => Vips.PngLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            ImageFormat.Jpeg => Vips.JpegLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            ImageFormat.WebP => Vips.WebpLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            ImageFormat.Gif => Vips.GifLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return Check(rc, image);
    }

    private static bool IsOpaque(VipsImageHandle greyAlpha)
    {
        using var alpha = Check(Vips.ExtractBand(greyAlpha, out var a, 1, 0), a);
        if (Vips.Min(alpha, out var minimum, 0) != 0) throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
        return minimum >= 255;
    }

    private static VipsImageHandle Flatten(VipsImageHandle input, double background)
    {
        var array = Vips.ArrayDoubleNew(&background, 1);
        try
        {
            return Check(Vips.Flatten(input, out var flat, "background", array, 0), flat);
        }
        finally
        {
            Vips.AreaUnref(array);
        }
    }

    /// <summary>Decodes the whole image now (the only place pixels are produced) and drops the lazy pipeline.</summary>
    private static VipsImageHandle ToMemory(VipsImageHandle lazy)
    {
        using (lazy)
        {
            var copy = Vips.ImageCopyMemory(lazy);
            if (copy.IsInvalid)
            {
                copy.Dispose();
                throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
            }
            return copy;
        }
    }

    internal static VipsImageHandle Check(int rc, VipsImageHandle image)
    {
        if (rc == 0 && !image.IsInvalid) return image;
        image.Dispose();
        throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
    }
}
