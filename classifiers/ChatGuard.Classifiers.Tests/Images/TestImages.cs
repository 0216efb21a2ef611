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
    /// An animation whose first frame is a plain photo and whose frame <paramref name="codeFrame"/> (0-based) shows a
    /// code: what a browser plays, and what a first-frame scanner never sees.
    /// </summary>
    public static byte[] AnimationWithCodeOnFrame(string text, ImageFormat format, int frames = 3, int codeFrame = 1)
    {
        var random = new Random(21);
        var matrix = new QrMatrix(text);
        var canvases = new List<GreyCanvas>();
        for (var i = 0; i < frames; i++)
        {
            var canvas = new GreyCanvas(240, 240).PaintPhotoBackground(random);
            if (i == codeFrame) PatternPainter.Paint(canvas, matrix.IsDark, matrix.Size, 120, 120, 5, 0, 20, 240, margin: 4);
            canvases.Add(canvas);
        }
        return TestImageEncoder.EncodeAnimation(canvases, format);
    }

    /// <summary>
    /// <paramref name="still"/> (a PNG) made an APNG by an <c>acTL</c> chunk after <c>IHDR</c>: the default image a
    /// decoder shows stays the same, the frames a browser plays are what an attacker would put the code in.
    /// </summary>
    public static byte[] AnimatedPng(byte[] still)
    {
        const int afterIhdr = 8 + 4 + 4 + 13 + 4;
        var chunk = new byte[4 + 4 + 8 + 4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk, 8);
        "acTL"u8.CopyTo(chunk.AsSpan(4));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(8), 2); // frames
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(12), 0); // plays forever
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(16), Crc32(chunk.AsSpan(4, 12)));
        return [.. still.AsSpan(0, afterIhdr), .. chunk, .. still.AsSpan(afterIhdr)];
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
