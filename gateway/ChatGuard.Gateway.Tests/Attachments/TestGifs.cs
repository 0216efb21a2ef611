using QRCoder;

namespace ChatGuard.Gateway.Tests.Attachments;

/// <summary>
/// Animated GIFs for upload tests, written by hand: QRCoder renders no GIF, and the gateway's tests have no image
/// library of their own. The pixels are stored uncompressed in LZW (a clear code before the code table would grow
/// past nine bits), which every decoder reads.
/// </summary>
internal static class TestGifs
{
    private const int ModulePixels = 4;
    private const int ClearCode = 256;
    private const int EndCode = 257;
    /// <summary>Literals between clear codes: the decoder's table grows by one a literal and must stay below 512 entries.</summary>
    private const int LiteralsPerClear = 250;

    /// <summary>Two frames: a blank one a first-frame scanner sees, then <paramref name="text"/> as a QR code.</summary>
    public static byte[] CodeOnSecondFrame(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix.Count; // includes QRCoder's quiet zone
        var side = modules * ModulePixels;
        var blank = Enumerable.Repeat((byte)255, side * side).ToArray();
        var code = new byte[side * side];
        for (var y = 0; y < side; y++)
            for (var x = 0; x < side; x++)
                code[y * side + x] = data.ModuleMatrix[y / ModulePixels][x / ModulePixels] ? (byte)0 : (byte)255;
        return Animation(side, side, [blank, code]);
    }

    private static byte[] Animation(int width, int height, IReadOnlyList<byte[]> frames)
    {
        var gif = new List<byte>();
        gif.AddRange("GIF89a"u8.ToArray());
        AddShort(gif, width);
        AddShort(gif, height);
        gif.AddRange([0xF7, 0, 0]); // a global table of 256 colours
        for (var i = 0; i < 256; i++) gif.AddRange([(byte)i, (byte)i, (byte)i]);
        gif.AddRange([0x21, 0xFF, 11, .. "NETSCAPE2.0"u8.ToArray(), 3, 1, 0, 0, 0]); // loop forever
        foreach (var frame in frames)
        {
            gif.AddRange([0x21, 0xF9, 4, 0x04, 50, 0, 0, 0]); // half a second each, frames replace each other
            gif.Add(0x2C);
            AddShort(gif, 0);
            AddShort(gif, 0);
            AddShort(gif, width);
            AddShort(gif, height);
            gif.Add(0);
            gif.Add(8); // LZW minimum code size
            var lzw = Uncompressed(frame);
            for (var offset = 0; offset < lzw.Length; offset += 255)
            {
                var length = Math.Min(255, lzw.Length - offset);
                gif.Add((byte)length);
                gif.AddRange(lzw.AsSpan(offset, length).ToArray());
            }
            gif.Add(0);
        }
        gif.Add(0x3B);
        return [.. gif];
    }

    /// <summary>Nine-bit codes, least significant bit first: clear, the pixels as literals with a clear every so often, end.</summary>
    private static byte[] Uncompressed(byte[] pixels)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        void Emit(int code)
        {
            buffer |= code << bits;
            for (bits += 9; bits >= 8; bits -= 8, buffer >>= 8) bytes.Add((byte)buffer);
        }
        Emit(ClearCode);
        for (var i = 0; i < pixels.Length; i++)
        {
            if (i > 0 && i % LiteralsPerClear == 0) Emit(ClearCode);
            Emit(pixels[i]);
        }
        Emit(EndCode);
        if (bits > 0) bytes.Add((byte)buffer);
        return [.. bytes];
    }

    private static void AddShort(List<byte> gif, int value) => gif.AddRange([(byte)value, (byte)(value >> 8)]);
}
