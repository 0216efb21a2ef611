using System.Runtime.InteropServices;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>
/// libvips 8.14 (Debian <c>libvips42</c>): decodes PNG, JPEG, WebP and GIF and resamples grey images.
/// Its operations are C varargs functions ending in a NULL-terminated option list; on x86-64 and arm64 Linux
/// pointer and int options travel in the same registers as fixed arguments, so each option list we use is
/// declared as trailing fixed parameters followed by the NULL terminator. No floating-point value is ever
/// passed in the variadic part (that would need the SysV vector-register count in %al).
/// </summary>
internal static unsafe partial class Vips
{
    private const string Lib = "libvips.so.42";

    public const int InterpretationBlackWhite = 1;  // VIPS_INTERPRETATION_B_W
    public const int FormatUChar = 0;               // VIPS_FORMAT_UCHAR
    public const int AccessSequential = 1;          // VIPS_ACCESS_SEQUENTIAL
    public const int FailOnTruncated = 1;           // VIPS_FAIL_ON_TRUNCATED
    public const int ExtendCopy = 1;                // VIPS_EXTEND_COPY

    [LibraryImport(Lib, EntryPoint = "vips_init", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init(string argv0);

    [LibraryImport(Lib, EntryPoint = "vips_cache_set_max")]
    public static partial void CacheSetMax(int max);

    [LibraryImport(Lib, EntryPoint = "vips_concurrency_set")]
    public static partial void ConcurrencySet(int concurrency);

    [LibraryImport(Lib, EntryPoint = "vips_error_buffer")]
    public static partial nint ErrorBuffer();

    [LibraryImport(Lib, EntryPoint = "vips_error_clear")]
    public static partial void ErrorClear();

    // Loaders: header only until pixels are asked for, so dimensions can be checked before any decoding.
    [LibraryImport(Lib, EntryPoint = "vips_pngload_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int PngLoadBuffer(byte* buf, nuint len, out VipsImageHandle image, string access, int accessValue, string failOn, int failOnValue, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_jpegload_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int JpegLoadBuffer(byte* buf, nuint len, out VipsImageHandle image, string access, int accessValue, string failOn, int failOnValue, nint end);

    /// <summary>With <c>n</c> = -1 every frame of an animation, stacked top to bottom, <c>page-height</c> rows each.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_webpload_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int WebpLoadBuffer(byte* buf, nuint len, out VipsImageHandle image, string access, int accessValue, string failOn, int failOnValue, string n, int nValue, nint end);

    /// <summary>With <c>n</c> = -1 every frame of an animation, composited as a browser shows it, stacked top to bottom.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_gifload_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GifLoadBuffer(byte* buf, nuint len, out VipsImageHandle image, string access, int accessValue, string failOn, int failOnValue, string n, int nValue, nint end);

    public const int AllPages = -1;

    [LibraryImport(Lib, EntryPoint = "vips_image_get_width")]
    public static partial int ImageGetWidth(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_image_get_height")]
    public static partial int ImageGetHeight(VipsImageHandle image);

    /// <summary>Rows per frame of a multi-frame image; the whole height when it has one frame.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_image_get_page_height")]
    public static partial int ImageGetPageHeight(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_image_get_bands")]
    public static partial int ImageGetBands(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_image_get_format")]
    public static partial int ImageGetFormat(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_colourspace")]
    public static partial int Colourspace(VipsImageHandle input, out VipsImageHandle output, int space, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_cast", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Cast(VipsImageHandle input, out VipsImageHandle output, int format, string shift, int shiftValue, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_flatten", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Flatten(VipsImageHandle input, out VipsImageHandle output, string background, nint backgroundValue, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_extract_band")]
    public static partial int ExtractBand(VipsImageHandle input, out VipsImageHandle output, int band, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_min")]
    public static partial int Min(VipsImageHandle input, out double minimum, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_array_double_new")]
    public static partial nint ArrayDoubleNew(double* values, int count);

    [LibraryImport(Lib, EntryPoint = "vips_area_unref")]
    public static partial void AreaUnref(nint area);

    [LibraryImport(Lib, EntryPoint = "vips_image_copy_memory")]
    public static partial VipsImageHandle ImageCopyMemory(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_resize")]
    public static partial int Resize(VipsImageHandle input, out VipsImageHandle output, double scale, nint end);

    /// <summary>Block-averages by whole factors: the cheapest way to a coarse map of local brightness.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_shrink")]
    public static partial int Shrink(VipsImageHandle input, out VipsImageHandle output, double horizontal, double vertical, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_gaussblur")]
    public static partial int GaussBlur(VipsImageHandle input, out VipsImageHandle output, double sigma, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_linear1", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Linear1(VipsImageHandle input, out VipsImageHandle output, double a, double b, string uchar, int ucharValue, nint end);

    /// <summary>Nearest-neighbour enlargement by whole factors: each pixel becomes a block.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_zoom")]
    public static partial int Zoom(VipsImageHandle input, out VipsImageHandle output, int horizontal, int vertical, nint end);

    [LibraryImport(Lib, EntryPoint = "vips_embed", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Embed(VipsImageHandle input, out VipsImageHandle output, int x, int y, int width, int height, string extend, int extendValue, nint end);

    /// <summary>255 where left &lt; right, else 0.</summary>
    [LibraryImport(Lib, EntryPoint = "vips_less")]
    public static partial int Less(VipsImageHandle left, VipsImageHandle right, out VipsImageHandle output, nint end);

    /// <summary>
    /// The image's pixels in memory, rendering a lazy image into its own buffer first (so a view is produced once
    /// and never copied again); null on error. Valid while the image is referenced.
    /// </summary>
    [LibraryImport(Lib, EntryPoint = "vips_image_get_data")]
    public static partial nint ImageGetData(VipsImageHandle image);

    [LibraryImport(Lib, EntryPoint = "vips_extract_area")]
    public static partial int ExtractArea(VipsImageHandle input, out VipsImageHandle output, int left, int top, int width, int height, nint end);

    /// <summary>The error log is process-wide; read it right after the failing call and clear it.</summary>
    public static string TakeError()
    {
        var message = Marshal.PtrToStringUTF8(ErrorBuffer())?.Trim() ?? "";
        ErrorClear();
        return message.Length == 0 ? "libvips error" : message.Split('\n')[0];
    }
}
