using System.Runtime.InteropServices;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>ZBar 0.23 (Debian <c>libzbar0</c>): finds and decodes QR codes in 8-bit grey images.</summary>
internal static partial class Zbar
{
    private const string Lib = "libzbar.so.0";

    public const int SymbolNone = 0;          // ZBAR_NONE: a config for every symbology
    public const int SymbolQrCode = 64;       // ZBAR_QRCODE
    public const int ConfigEnable = 0;        // ZBAR_CFG_ENABLE
    public const int ConfigBinary = 4;        // ZBAR_CFG_BINARY: hand over the payload bytes unconverted
    public const int ConfigTestInverted = 0x81; // ZBAR_CFG_TEST_INVERTED: light modules on a dark ground
    public const int ConfigXDensity = 0x100;  // ZBAR_CFG_X_DENSITY: scan every n-th column
    public const int ConfigYDensity = 0x101;  // ZBAR_CFG_Y_DENSITY: scan every n-th row
    public const uint FourccGrey = 0x30303859; // 'Y800': 8 bits per pixel, luminance only

    [LibraryImport(Lib, EntryPoint = "zbar_image_scanner_create")]
    public static partial ZbarScannerHandle ImageScannerCreate();

    [LibraryImport(Lib, EntryPoint = "zbar_image_scanner_destroy")]
    public static partial void ImageScannerDestroy(nint scanner);

    [LibraryImport(Lib, EntryPoint = "zbar_image_scanner_set_config")]
    public static partial int ImageScannerSetConfig(ZbarScannerHandle scanner, int symbology, int config, int value);

    [LibraryImport(Lib, EntryPoint = "zbar_image_create")]
    public static partial ZbarImageHandle ImageCreate();

    [LibraryImport(Lib, EntryPoint = "zbar_image_destroy")]
    public static partial void ImageDestroy(nint image);

    [LibraryImport(Lib, EntryPoint = "zbar_image_set_format")]
    public static partial void ImageSetFormat(ZbarImageHandle image, nuint fourcc);

    [LibraryImport(Lib, EntryPoint = "zbar_image_set_size")]
    public static partial void ImageSetSize(ZbarImageHandle image, uint width, uint height);

    /// <summary>No cleanup handler: the caller owns the pixels and keeps them alive until the image is destroyed.</summary>
    [LibraryImport(Lib, EntryPoint = "zbar_image_set_data")]
    public static partial void ImageSetData(ZbarImageHandle image, nint data, nuint length, nint cleanup);

    [LibraryImport(Lib, EntryPoint = "zbar_scan_image")]
    public static partial int ScanImage(ZbarScannerHandle scanner, ZbarImageHandle image);

    [LibraryImport(Lib, EntryPoint = "zbar_image_first_symbol")]
    public static partial nint ImageFirstSymbol(ZbarImageHandle image);

    [LibraryImport(Lib, EntryPoint = "zbar_symbol_next")]
    public static partial nint SymbolNext(nint symbol);

    [LibraryImport(Lib, EntryPoint = "zbar_symbol_get_type")]
    public static partial int SymbolGetType(nint symbol);

    [LibraryImport(Lib, EntryPoint = "zbar_symbol_get_data")]
    public static partial nint SymbolGetData(nint symbol);

    [LibraryImport(Lib, EntryPoint = "zbar_symbol_get_data_length")]
    public static partial uint SymbolGetDataLength(nint symbol);
}
