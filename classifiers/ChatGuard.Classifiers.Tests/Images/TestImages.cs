using ChatGuard.Classifiers.Images;
using QRCoder;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>Small hand-made inputs for the scanner's unit tests.</summary>
internal static class TestImages
{
    /// <summary>A clean code rendered by QRCoder's own PNG writer.</summary>
    public static byte[] CleanQrPng(string text, int pixelsPerModule = 4)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>A code on a photo-like background, slightly rotated and blurred, in the given format.</summary>
    public static byte[] QrInPhoto(string text, ImageFormat format, int seed = 1, double pixelsPerModule = 4)
    {
        var random = new Random(seed);
        var matrix = new QrMatrix(text);
        var canvas = new GreyCanvas(640, 480).PaintPhotoBackground(random);
        PatternPainter.Paint(canvas, matrix.IsDark, matrix.Size, 320, 240, pixelsPerModule, 0.3, 30, 230, margin: 4);
        canvas.Blur(0.5).AddGaussianNoise(random, 4);
        return TestImageEncoder.Encode(canvas, format, quality: 80);
    }

    /// <summary>Codes side by side on one photo-like background, each at its own module size, as a PNG.</summary>
    public static byte[] QrCodesInPhoto(int width, int height, params (string Text, double CentreX, double CentreY, double PixelsPerModule)[] codes)
    {
        var random = new Random(11);
        var canvas = new GreyCanvas(width, height).PaintPhotoBackground(random);
        foreach (var (text, x, y, ppm) in codes)
        {
            var matrix = new QrMatrix(text);
            PatternPainter.Paint(canvas, matrix.IsDark, matrix.Size, x, y, ppm, 0.2, 30, 230, margin: 4);
        }
        canvas.Blur(0.4).AddGaussianNoise(random, 3);
        return TestImageEncoder.Encode(canvas, ImageFormat.Png);
    }

    /// <summary>Light modules on a fully transparent ground: visible only where a client draws it on a dark background.</summary>
    public static byte[] LightQrOnTransparentPng(string text)
    {
        var matrix = new QrMatrix(text);
        const int ppm = 4;
        var side = (matrix.Size + 8) * ppm;
        var pixels = new byte[side * side * 2];
        for (var y = 0; y < side; y++)
            for (var x = 0; x < side; x++)
            {
                var col = x / ppm - 4;
                var row = y / ppm - 4;
                var dark = col >= 0 && row >= 0 && col < matrix.Size && row < matrix.Size && matrix.IsDark(col, row);
                pixels[(y * side + x) * 2] = 255;
                pixels[(y * side + x) * 2 + 1] = dark ? (byte)255 : (byte)0;
            }
        return TestImageEncoder.Encode(pixels, side, side, 2, ImageFormat.Png);
    }

    public static byte[] Barcode(ImageFormat format)
    {
        var canvas = new GreyCanvas(400, 200).PaintPhotoBackground(new Random(3));
        Ean13Painter.Paint(canvas, "690123456789", 60, 40, 2, 100);
        return TestImageEncoder.Encode(canvas, format);
    }

    public static byte[] Checkerboard()
    {
        var canvas = new GreyCanvas(300, 300);
        PatternPainter.Paint(canvas, (c, r) => (c + r) % 2 == 0, 21, 150, 150, 6, 0, 10, 240, margin: 4);
        return TestImageEncoder.Encode(canvas, ImageFormat.Png);
    }

    /// <summary>
    /// A valid PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels but whose data is a
    /// few bytes: what a decompression bomb looks like before anything is inflated.
    /// </summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = TestImageEncoder.Encode(new GreyCanvas(8, 8), ImageFormat.Png);
        // Signature (8) + IHDR length (4) + "IHDR" (4): width and height follow, then 5 more bytes and the CRC.
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>A JPEG whose frame header (SOF0) claims <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] JpegClaiming(ushort width, ushort height)
    {
        var jpeg = TestImageEncoder.Encode(new GreyCanvas(16, 16), ImageFormat.Jpeg);
        for (var i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] != 0xFF || jpeg[i + 1] != 0xC0) continue;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), height);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), width);
            return jpeg;
        }
        throw new InvalidOperationException("libvips wrote no baseline SOF0 marker");
    }

    /// <summary>The PNG chunk CRC (ISO-HDLC CRC-32); the registry here has no System.IO.Hashing.</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
