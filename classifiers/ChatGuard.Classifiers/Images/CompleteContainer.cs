using System.Buffers.Binary;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// C10 hardening: whether an upload's container reaches its own end — PNG's IEND chunk, JPEG's end-of-image marker, GIF's
/// trailer, the length a WebP's RIFF header declares. A file cut short is refused before libvips sees it: the decoder
/// would refuse it too (fail on truncation), but libvips' loaders have crashed the process on cut-off data (heap
/// corruption in a test host), and a refusal costs nothing. Hand-written: four fixed markers, no library reads them.
/// </summary>
internal static class CompleteContainer
{
    private static ReadOnlySpan<byte> PngEnd => [(byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <summary>How far before the end of the data the end marker may stand (writers may pad a file).</summary>
    private const int Slack = 64;

    public static bool Holds(ReadOnlySpan<byte> data, ImageFormat format) => format switch
    {
        ImageFormat.Png => Tail(data).IndexOf(PngEnd) >= 0,
        ImageFormat.Jpeg => Tail(data).IndexOf([(byte)0xFF, (byte)0xD9]) >= 0,
        ImageFormat.Gif => Tail(data).IndexOf((byte)0x3B) >= 0,
        ImageFormat.WebP => data.Length >= 12 && BinaryPrimitives.ReadUInt32LittleEndian(data[4..8]) + 8L <= data.Length,
        _ => true,
    };

    private static ReadOnlySpan<byte> Tail(ReadOnlySpan<byte> data) => data[Math.Max(0, data.Length - Slack)..];
}
