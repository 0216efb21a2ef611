using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Decodes an allowed image to grey with libvips, one frame at a time. The loader reads only the header first; the
/// dimension and frame limits are checked on it before a single pixel is decoded, so a small file claiming
/// 100000×100000 (or ten thousand frames) costs nothing (C10). GIF and WebP animations are loaded whole (<c>n=-1</c>),
/// composited as a browser shows them, and each frame is handed over in turn: a QR code on frame 2 is a QR code (C1).
/// </summary>
internal static unsafe class VipsGreyDecoder
{
    /// <summary>Receives each decoded frame (disposed after it returns); false stops the decode.</summary>
    public delegate bool FrameVisitor(DecodedImage frame);

    /// <returns>The frame size and how many frames the image has.</returns>
    public static (int Width, int Height, int Frames) Decode(ReadOnlySpan<byte> data, ImageFormat format, ImageScanOptions limits, FrameVisitor visit)
    {
        // C1: libvips shows only an APNG's default image; the frames a browser plays would go unscanned.
        if (format == ImageFormat.Png && AnimatedPng.IsAnimated(data))
            throw new ImageRejectedException(ImageRejection.UnsupportedType, "animated PNG (APNG) is not accepted; send a GIF, WebP or still image");
        VipsRuntime.EnsureStarted();
        fixed (byte* p = data)
        {
            // Every lazy image below points into `data`; all are copied to memory or released inside this block.
            using var header = Load(p, (nuint)data.Length, format);
            var width = Vips.ImageGetWidth(header);
            var height = Vips.ImageGetPageHeight(header);
            var frames = height > 0 ? Vips.ImageGetHeight(header) / height : 0;
            CheckLimits(width, height, frames, limits);

            using var grey = Check(Vips.Colourspace(header, out var g, Vips.InterpretationBlackWhite, 0), g);
            // 16-bit PNGs keep their high byte; 8-bit images pass through unchanged.
            var shift = Vips.ImageGetFormat(grey) == Vips.FormatUChar ? 0 : 1;
            using var bytes = Check(Vips.Cast(grey, out var b, Vips.FormatUChar, "shift", shift, 0), b);
            // Frames are decoded top to bottom, one in memory at a time, which the sequential loader allows.
            for (var frame = 0; frame < frames; frame++)
            {
                var pixels = ToMemory(Check(Vips.ExtractArea(bytes, out var area, 0, frame * height, width, height, 0), area));
                using var decoded = Grounds(pixels, width, height);
                if (!visit(decoded)) break;
            }
            return (width, height, frames);
        }
    }

    private static void CheckLimits(int width, int height, int frames, ImageScanOptions limits)
    {
        if (width <= 0 || height <= 0 || frames <= 0) throw new ImageRejectedException(ImageRejection.Unreadable, "image has no pixels");
        if (width > limits.MaxSide || height > limits.MaxSide || (long)width * height > limits.MaxPixels)
            throw new ImageRejectedException(ImageRejection.TooLarge,
                $"{width}x{height} exceeds the limits ({limits.MaxSide} per side, {limits.MaxPixels} pixels)");
        if (frames > limits.MaxFrames)
            throw new ImageRejectedException(ImageRejection.TooLarge, $"{frames} frames exceed the limit of {limits.MaxFrames}");
        if (frames > 1 && (long)width * height * frames > limits.MaxAnimationPixels)
            throw new ImageRejectedException(ImageRejection.TooLarge,
                $"{frames} frames of {width}x{height} exceed the limit of {limits.MaxAnimationPixels} pixels in all frames");
    }

    /// <summary>One frame's grounds; takes ownership of <paramref name="decoded"/>.</summary>
    private static DecodedImage Grounds(VipsImageHandle decoded, int width, int height)
    {
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

    private static VipsImageHandle Load(byte* p, nuint length, ImageFormat format)
    {
        // Sequential access streams the decode; failing on truncation refuses a file no client can show whole.
        VipsImageHandle image;
        var rc = format switch
        {
            ImageFormat.Png => Vips.PngLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            ImageFormat.Jpeg => Vips.JpegLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, 0),
            ImageFormat.WebP => Vips.WebpLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, "n", Vips.AllPages, 0),
            ImageFormat.Gif => Vips.GifLoadBuffer(p, length, out image, "access", Vips.AccessSequential, "fail_on", Vips.FailOnTruncated, "n", Vips.AllPages, 0),
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

    /// <summary>Decodes the image now (the only place pixels are produced) and drops the lazy pipeline.</summary>
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
