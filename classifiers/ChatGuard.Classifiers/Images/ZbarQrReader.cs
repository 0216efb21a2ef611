using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// Reads QR codes from one 8-bit grey image with ZBar. Only the QR symbology is enabled, so 1-D barcodes and
/// other 2-D symbologies are never reported as <c>qr_code</c>. A scanner per call: ZBar scanners are not thread-safe.
/// </summary>
internal static class ZbarQrReader
{
    /// <param name="grey">Rendered in place if lazy: libvips' buffer is handed to ZBar without another copy.</param>
    /// <param name="density">ZBar scans every n-th row and column: enough on an upscaled view, whose rows repeat.</param>
    /// <param name="testInverted">On no find, ZBar scans the inverted image too (light modules on a dark ground), doubling the cost of a miss.</param>
    public static List<string> Read(VipsImageHandle grey, int density, bool testInverted)
    {
        var width = Vips.ImageGetWidth(grey);
        var height = Vips.ImageGetHeight(grey);
        var pixels = Vips.ImageGetData(grey);
        if (pixels == 0) throw new ImageRejectedException(ImageRejection.Unreadable, Vips.TakeError());
        if (Vips.ImageGetBands(grey) != 1 || Vips.ImageGetFormat(grey) != Vips.FormatUChar)
            throw new InvalidOperationException($"expected {width}x{height} 8-bit grey, libvips gave {Vips.ImageGetBands(grey)} bands of format {Vips.ImageGetFormat(grey)}");
        return Read(pixels, (nuint)width * (nuint)height, width, height, density, testInverted);
    }

    private static List<string> Read(nint pixels, nuint size, int width, int height, int density, bool testInverted)
    {
        using var scanner = Zbar.ImageScannerCreate();
        if (scanner.IsInvalid) throw new InvalidOperationException("zbar_image_scanner_create failed");
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolNone, Zbar.ConfigEnable, 0);
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolQrCode, Zbar.ConfigEnable, 1);
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolQrCode, Zbar.ConfigBinary, 1);
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolNone, Zbar.ConfigTestInverted, testInverted ? 1 : 0);
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolNone, Zbar.ConfigXDensity, density);
        Zbar.ImageScannerSetConfig(scanner, Zbar.SymbolNone, Zbar.ConfigYDensity, density);

        // Destroyed before the caller's image (which owns the pixels), and it owns the symbols read below.
        using var image = Zbar.ImageCreate();
        if (image.IsInvalid) throw new InvalidOperationException("zbar_image_create failed");
        Zbar.ImageSetFormat(image, Zbar.FourccGrey);
        Zbar.ImageSetSize(image, (uint)width, (uint)height);
        Zbar.ImageSetData(image, pixels, size, 0);

        var texts = new List<string>();
        if (Zbar.ScanImage(scanner, image) <= 0) return texts;
        for (var symbol = Zbar.ImageFirstSymbol(image); symbol != 0; symbol = Zbar.SymbolNext(symbol))
        {
            if (Zbar.SymbolGetType(symbol) != Zbar.SymbolQrCode) continue;
            texts.Add(SymbolText(symbol));
        }
        return texts;
    }

    private static unsafe string SymbolText(nint symbol)
    {
        var data = (byte*)Zbar.SymbolGetData(symbol);
        var length = (int)Zbar.SymbolGetDataLength(symbol);
        return data == null ? "" : QrTextDecoder.Decode(new ReadOnlySpan<byte>(data, length));
    }
}
