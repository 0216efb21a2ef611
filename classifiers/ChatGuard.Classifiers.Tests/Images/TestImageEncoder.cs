using System.Runtime.InteropServices;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>Encodes test pictures as real PNG, JPEG, WebP and GIF files with libvips, the library that decodes them.</summary>
internal static unsafe partial class TestImageEncoder
{
    private const string Lib = "libvips.so.42";

    public static byte[] Encode(GreyCanvas canvas, ImageFormat format, int quality = 90) =>
        Encode(canvas.ToBytes(), canvas.Width, canvas.Height, 1, format, quality);

    /// <param name="bands">1 for grey, 2 for grey + alpha.</param>
    public static byte[] Encode(byte[] pixels, int width, int height, int bands, ImageFormat format, int quality = 90)
    {
        VipsRuntime.EnsureStarted();
        fixed (byte* p = pixels)
        {
            using var image = NewFromMemoryCopy(p, (nuint)pixels.Length, width, height, bands, Vips.FormatUChar);
            if (image.IsInvalid) throw new InvalidOperationException(Vips.TakeError());
            nint buffer;
            nuint length;
            var rc = format switch
            {
                ImageFormat.Png => PngSave(image, &buffer, &length, 0),
                ImageFormat.Jpeg => JpegSave(image, &buffer, &length, "Q", quality, 0),
                ImageFormat.WebP => WebpSave(image, &buffer, &length, "Q", quality, 0),
                ImageFormat.Gif => GifSave(image, &buffer, &length, 0),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
            if (rc != 0) throw new InvalidOperationException(Vips.TakeError());
            try
            {
                return new ReadOnlySpan<byte>((void*)buffer, checked((int)length)).ToArray();
            }
            finally
            {
                GLib.Free(buffer);
            }
        }
    }

    /// <summary>An animated GIF or WebP: the frames stacked top to bottom with a <c>page-height</c>, as libvips saves animations.</summary>
    public static byte[] EncodeAnimation(IReadOnlyList<GreyCanvas> frames, ImageFormat format)
    {
        var width = frames[0].Width;
        var height = frames[0].Height;
        var pixels = frames.SelectMany(f => f.ToBytes()).ToArray();
        VipsRuntime.EnsureStarted();
        fixed (byte* p = pixels)
        {
            using var image = NewFromMemoryCopy(p, (nuint)pixels.Length, width, height * frames.Count, 1, Vips.FormatUChar);
            if (image.IsInvalid) throw new InvalidOperationException(Vips.TakeError());
            SetInt(image, "page-height", height);
            nint buffer;
            nuint length;
            var rc = format switch
            {
                ImageFormat.WebP => WebpSave(image, &buffer, &length, "Q", 90, 0),
                ImageFormat.Gif => GifSave(image, &buffer, &length, 0),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "libvips animates GIF and WebP only"),
            };
            if (rc != 0) throw new InvalidOperationException(Vips.TakeError());
            try
            {
                return new ReadOnlySpan<byte>((void*)buffer, checked((int)length)).ToArray();
            }
            finally
            {
                GLib.Free(buffer);
            }
        }
    }

    [LibraryImport(Lib, EntryPoint = "vips_image_set_int", StringMarshalling = StringMarshalling.Utf8)]
    private static partial void SetInt(VipsImageHandle image, string name, int value);

    [LibraryImport(Lib, EntryPoint = "vips_image_new_from_memory_copy")]
    private static partial VipsImageHandle NewFromMemoryCopy(byte* data, nuint size, int width, int height, int bands, int format);

    [LibraryImport(Lib, EntryPoint = "vips_pngsave_buffer")]
    private static partial int PngSave(VipsImageHandle image, nint* buffer, nuint* length, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_jpegsave_buffer", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int JpegSave(VipsImageHandle image, nint* buffer, nuint* length, string q, int quality, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_webpsave_buffer", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int WebpSave(VipsImageHandle image, nint* buffer, nuint* length, string q, int quality, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_gifsave_buffer")]
    private static partial int GifSave(VipsImageHandle image, nint* buffer, nuint* length, nint end);
}
